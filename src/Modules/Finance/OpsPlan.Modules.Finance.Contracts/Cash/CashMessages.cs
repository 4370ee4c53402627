using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Finance.Contracts.Cash;

/// <summary>Opens a cash account; names are unique (409 <c>finance.duplicate-name</c>), the opening balance is in the account's currency.</summary>
public sealed record CreateCashAccountCommand(string Name, Money OpeningBalance, DateOnly OpenedOn) : ICommand<CashAccountDto>;

public sealed record GetCashAccountQuery(Guid Id) : IQuery<CashAccountDto>;

public sealed record ListCashAccountsQuery(string? Currency = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null)
    : IQuery<Page<CashAccountDto>>, IListQuery;

/// <summary>How many units of the reporting currency one unit of <see cref="Currency"/> is worth from <see cref="EffectiveOn"/> on.</summary>
public sealed record ExchangeRateDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Currency { get; init; }

    public required string ReportingCurrency { get; init; }

    public required DateOnly EffectiveOn { get; init; }

    /// <summary>A positive decimal string with at most 10 decimal places, such as <c>"1.0845"</c>.</summary>
    public required string Rate { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>One rate of a sync batch; upserted by currency and day.</summary>
public sealed record ExchangeRateSyncItem(string Currency, DateOnly EffectiveOn, string Rate);

/// <summary>The documented shape of a batch body: <c>{ "items": [ ... ] }</c>, at most 1,000 items.</summary>
public sealed record ExchangeRateBatchRequest(IReadOnlyList<ExchangeRateSyncItem> Items);

/// <summary>Upserts exchange rates by currency and day; one bad item fails alone.</summary>
public sealed record SyncExchangeRatesCommand(IReadOnlyList<BatchEntry<ExchangeRateSyncItem>> Items) : ICommand<BatchResultDto>;

public sealed record ListExchangeRatesQuery(string? Currency = null, DateOnly? From = null, DateOnly? To = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null)
    : IQuery<Page<ExchangeRateDto>>, IListQuery;
