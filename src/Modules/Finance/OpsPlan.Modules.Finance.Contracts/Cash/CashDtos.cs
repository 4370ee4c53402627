using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Finance.Contracts.Cash;

/// <summary>A bank or payment account; its balance is the opening balance plus the transactions booked to it.</summary>
public sealed record CashAccountDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Currency { get; init; }

    public required Money OpeningBalance { get; init; }

    /// <summary>The day the opening balance was true; transactions before it are refused.</summary>
    public required DateOnly OpenedOn { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

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

/// <summary>An amount and the day whose rate converts it.</summary>
public sealed record DatedAmount(Money Amount, DateOnly On);

/// <summary>The amounts asked for, in the same order, in <see cref="Currency"/>, the reporting currency.</summary>
public sealed record ReportingAmountsDto(string Currency, IReadOnlyList<Money> Amounts);
