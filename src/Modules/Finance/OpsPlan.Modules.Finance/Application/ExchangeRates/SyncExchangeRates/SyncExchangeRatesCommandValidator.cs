using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates.SyncExchangeRates;

internal sealed class SyncExchangeRatesCommandValidator() : BatchCommandValidator<SyncExchangeRatesCommand, ExchangeRateSyncItem>(command => command.Items);
