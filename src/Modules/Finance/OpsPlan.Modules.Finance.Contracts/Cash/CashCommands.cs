using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Finance.Contracts.Cash;

/// <summary>Opens a cash account; names are unique (409 <c>finance.duplicate-name</c>), the opening balance is in the account's currency.</summary>
public sealed record CreateCashAccountCommand(string Name, Money OpeningBalance, DateOnly OpenedOn) : ICommand<CashAccountDto>;

/// <summary>One rate of a sync batch; upserted by currency and day.</summary>
public sealed record ExchangeRateSyncItem(string Currency, DateOnly EffectiveOn, string Rate);

/// <summary>The documented shape of a batch body: <c>{ "items": [ ... ] }</c>, at most 1,000 items.</summary>
public sealed record ExchangeRateBatchRequest(IReadOnlyList<ExchangeRateSyncItem> Items) : IBodyOf<SyncExchangeRatesCommand>;

/// <summary>Upserts exchange rates by currency and day; one bad item fails alone.</summary>
public sealed record SyncExchangeRatesCommand(IReadOnlyList<BatchEntry<ExchangeRateSyncItem>> Items) : ICommand<BatchResultDto>;
