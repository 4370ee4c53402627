namespace OpsPlan.Modules.Finance.Contracts.Events;

/// <summary>
/// A line of an approved budget rose into <c>warning</c> (its threshold) or <c>over</c> (above 100 %). Published when the
/// state rises, not again while it stays; falling back publishes nothing.
/// </summary>
[IntegrationEventName("finance.budget-threshold-crossed")]
public sealed record BudgetThresholdCrossed(
    Guid BudgetId,
    Guid CostCenterId,
    string CostCenterCode,
    string CostCenterOwner,
    string Period,
    SpendCategory Category,
    BudgetLineState State,
    Money Budgeted,
    Money Actual,
    decimal PercentConsumed,
    decimal WarningThresholdPercent) : IntegrationEvent;

/// <summary>Runway fell below <c>Finance:RunwayAlertMonths</c>. Published when it falls below, not again while it stays below.</summary>
[IntegrationEventName("finance.runway-below-threshold")]
public sealed record RunwayBelowThreshold(
    DateOnly AsOf,
    Money Cash,
    Money MonthlyNetBurn,
    decimal Months,
    int AlertBelowMonths) : IntegrationEvent;
