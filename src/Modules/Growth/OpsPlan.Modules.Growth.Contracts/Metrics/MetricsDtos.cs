namespace OpsPlan.Modules.Growth.Contracts.Metrics;

/// <summary>
/// Growth KPIs for a range of days. Active means at least one activity event that day. Rates are fractions (0.25 is
/// 25 %) and null where their denominator is zero.
/// </summary>
public sealed record GrowthOverviewDto
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>Customers who signed up in the range.</summary>
    public required int NewCustomers { get; init; }

    /// <summary>Customers who had signed up by the end of the range.</summary>
    public required int Customers { get; init; }

    /// <summary>Daily active customers: the average over the range of the customers active each day.</summary>
    public required decimal Dau { get; init; }

    /// <summary>Weekly active customers: those active in the 7 days ending <see cref="To"/>.</summary>
    public required int Wau { get; init; }

    /// <summary>Monthly active customers: those active in the 30 days ending <see cref="To"/>.</summary>
    public required int Mau { get; init; }

    /// <summary>Dau / Mau.</summary>
    public decimal? Stickiness { get; init; }

    /// <summary>Customers who moved to churned in the range.</summary>
    public required int Churned { get; init; }

    /// <summary>Churned / customers who had signed up before the range and were not churned when it began.</summary>
    public decimal? ChurnRate { get; init; }

    /// <summary>Customers with two purchases or more / customers with at least one.</summary>
    public decimal? RepurchaseRate { get; init; }

    /// <summary>Total lifetime value / customers, over customers who had signed up by the end of the range.</summary>
    public required Money AverageLifetimeValue { get; init; }

    /// <summary>Customers in each stage now.</summary>
    public required StageCountsDto Stages { get; init; }

    /// <summary>The same measures per acquisition channel (null: customers the CRM gave no channel).</summary>
    public required IReadOnlyList<ChannelOverviewDto> ByChannel { get; init; }
}

public sealed record StageCountsDto(int New, int Active, int AtRisk, int Churned, int Reactivated);

public sealed record ChannelOverviewDto(string? Channel, int NewCustomers, int Customers, int Mau, decimal? RepurchaseRate, Money AverageLifetimeValue);

/// <summary>One row per sign-up month; each cell is the share of that cohort active in a later month.</summary>
public sealed record RetentionDto(DateOnly From, DateOnly To, RetentionPeriod By, IReadOnlyList<CohortDto> Cohorts);

/// <summary>A cohort: its month (the first day), its size and one cell per month from its own to the range's last.</summary>
public sealed record CohortDto(DateOnly Cohort, int Size, IReadOnlyList<RetentionCellDto> Periods);

/// <summary>Period 0 is the sign-up month itself. <c>retention</c> is active / size, null for an empty cohort.</summary>
public sealed record RetentionCellDto(int Period, DateOnly Month, int Active, decimal? Retention);

/// <summary>The cohort and period size of a retention matrix.</summary>
public enum RetentionPeriod
{
    Month,
}
