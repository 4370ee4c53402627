using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Finance.Contracts.Views;

/// <summary>A budget against its actuals (outflows booked to its cost center, category and period, in its currency).</summary>
public sealed record BudgetVarianceDto(
    Guid BudgetId,
    Guid CostCenterId,
    string Period,
    string Currency,
    DateOnly AsOf,
    int DaysElapsed,
    int DaysInPeriod,
    IReadOnlyList<VarianceLineDto> Lines,
    VarianceTotalDto Total);

/// <summary>
/// One line: <c>percentConsumed</c> is null for a zero budget; <c>projectedAtPeriodEnd</c> extends the burn rate so far
/// over the whole period.
/// </summary>
public sealed record VarianceLineDto(
    SpendCategory Category,
    Money Budgeted,
    Money Actual,
    Money Remaining,
    decimal? PercentConsumed,
    Money ProjectedAtPeriodEnd,
    BudgetLineState State);

public sealed record VarianceTotalDto(Money Budgeted, Money Actual, Money Remaining, decimal? PercentConsumed, Money ProjectedAtPeriodEnd, BudgetLineState State);

public sealed record GetBudgetVarianceQuery(Guid BudgetId) : IQuery<BudgetVarianceDto>, ICachedQuery;
