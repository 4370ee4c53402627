using OpsPlan.Modules.Finance.Contracts;

namespace OpsPlan.Modules.Finance.Domain.Budgets;

/// <summary>How much of a budgeted amount is used, in exact integer arithmetic on minor units.</summary>
internal static class Consumption
{
    public static BudgetLineState StateOf(Money budgeted, Money actual, decimal warningThresholdPercent)
    {
        if (actual.MinorUnits > budgeted.MinorUnits)
        {
            return BudgetLineState.Over;
        }

        // actual / budgeted >= threshold / 100, without dividing.
        return budgeted.MinorUnits > 0 && actual.MinorUnits * 100m >= budgeted.MinorUnits * warningThresholdPercent
            ? BudgetLineState.Warning
            : BudgetLineState.Ok;
    }

    /// <summary>Percent consumed to two decimals; null for a zero budget, where a percentage means nothing.</summary>
    public static decimal? PercentConsumed(Money budgeted, Money actual) =>
        budgeted.MinorUnits == 0 ? null : decimal.Round(actual.MinorUnits * 100m / budgeted.MinorUnits, 2, MidpointRounding.AwayFromZero);

    /// <summary>The actual so far extended at the same daily rate to the whole period; the actual itself once the period is over.</summary>
    public static Money ProjectedAtPeriodEnd(Money actual, int daysElapsed, int daysInPeriod)
    {
        if (daysElapsed <= 0)
        {
            return Money.FromMinorUnits(0, actual.Currency);
        }

        if (daysElapsed >= daysInPeriod)
        {
            return actual;
        }

        var projected = decimal.Round((decimal)actual.MinorUnits * daysInPeriod / daysElapsed, 0, MidpointRounding.AwayFromZero);
        return Money.FromMinorUnits((long)projected, actual.Currency);
    }
}
