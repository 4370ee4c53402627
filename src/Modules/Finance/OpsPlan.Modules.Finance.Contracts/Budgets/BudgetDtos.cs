namespace OpsPlan.Modules.Finance.Contracts.Budgets;

/// <summary>A cost center's plan for one fiscal period, by category. Once approved it changes only through a revision.</summary>
public sealed record BudgetDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required Guid CostCenterId { get; init; }

    /// <summary>A year (<c>2026</c>), a quarter (<c>2026-Q3</c>) or a month (<c>2026-07</c>).</summary>
    public required string Period { get; init; }

    /// <summary>The first day of the period.</summary>
    public required DateOnly StartsOn { get; init; }

    /// <summary>The last day of the period.</summary>
    public required DateOnly EndsOn { get; init; }

    public required string Currency { get; init; }

    public required BudgetStatus Status { get; init; }

    /// <summary>The share of a line (0-100) at which it is reported as <c>warning</c>.</summary>
    public required decimal WarningThresholdPercent { get; init; }

    public required IReadOnlyList<BudgetLineDto> Lines { get; init; }

    public required Money Total { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

public sealed record BudgetLineDto(SpendCategory Category, Money Amount);

/// <summary>A recorded change to an approved budget: who, when, why, and each line's old and new amount.</summary>
public sealed record BudgetRevisionDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required Guid BudgetId { get; init; }

    public required string RevisedBy { get; init; }

    public required DateTime RevisedAt { get; init; }

    public required string Reason { get; init; }

    public required IReadOnlyList<BudgetRevisionChangeDto> Changes { get; init; }

    /// <summary>The budget's version after the revision.</summary>
    public required long BudgetVersion { get; init; }
}

/// <summary>One line's change; a zero amount is a line that did not exist or was removed.</summary>
public sealed record BudgetRevisionChangeDto(SpendCategory Category, Money PreviousAmount, Money Amount);
