using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates.SyncExchangeRates;

internal sealed class SyncExchangeRatesCommandValidator : AbstractValidator<SyncExchangeRatesCommand>
{
    public SyncExchangeRatesCommandValidator() =>
        RuleFor(command => command.Items).NotEmpty().Must(items => items.Count <= BatchEntry<ExchangeRateSyncItem>.MaxItems)
            .WithMessage($"A batch has 1 to {BatchEntry<ExchangeRateSyncItem>.MaxItems:N0} items.");
}
