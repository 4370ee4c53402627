namespace OpsPlan.Modules.Lifecycle.Domain.Metrics;

/// <summary>A product's figures for one month (<see cref="Month"/> is its first day). Retention is kept in hundredths of a percent, exactly.</summary>
internal sealed record MonthlyFigures(Guid ProductId, DateOnly Month, long ActiveUsers, Money Revenue, decimal? RetentionPercent, int? Nps)
{
    /// <summary>Whether another report for the same month says the same.</summary>
    public bool SameAs(MonthlyFigures other) =>
        (ActiveUsers, Revenue, RetentionPercent, Nps) == (other.ActiveUsers, other.Revenue, other.RetentionPercent, other.Nps);
}
