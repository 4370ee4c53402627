namespace OpsPlan.Modules.Lifecycle.Contracts.Metrics;

public sealed record ProductMetricsDto
{
    /// <summary>The month, <c>2026-07</c>.</summary>
    public required string Month { get; init; }

    public required long ActiveUsers { get; init; }

    public required Money Revenue { get; init; }

    public decimal? RetentionPercent { get; init; }

    public int? Nps { get; init; }

    public required DateTime UpdatedAt { get; init; }
}

/// <summary>
/// A product's health: each decline metric's trend and falling streak, whether the decline rule holds, and the
/// recommendation — keep investing, stop investing, or plan the retirement (seed ch.5).
/// </summary>
public sealed record ProductHealthDto
{
    public required Guid ProductId { get; init; }

    public required ProductStage Stage { get; init; }

    /// <summary>The latest month with figures, or null when none arrived yet.</summary>
    public string? LatestMonth { get; init; }

    public required int Months { get; init; }

    public required DeclineRuleDto Rule { get; init; }

    public required IReadOnlyList<HealthSignalDto> Signals { get; init; }

    public decimal? RetentionPercent { get; init; }

    public int? Nps { get; init; }

    public required bool DeclineDetected { get; init; }

    public required HealthRecommendation Recommendation { get; init; }

    /// <summary>The facts behind the recommendation, one sentence each.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }
}

/// <summary>A metric declines when it fell by more than <c>dropPercent</c> from each month to the next, <c>consecutivePeriods</c> times in a row.</summary>
public sealed record DeclineRuleDto
{
    public required int ConsecutivePeriods { get; init; }

    public required decimal DropPercent { get; init; }
}

public sealed record HealthSignalDto
{
    public required DeclineMetric Metric { get; init; }

    public required MetricTrend Trend { get; init; }

    /// <summary>The latest month's value: active users, or revenue as an amount in the product's currency.</summary>
    public required decimal Latest { get; init; }

    /// <summary>Change from the month before, in percent to two places; null without one.</summary>
    public decimal? ChangePercent { get; init; }

    /// <summary>How many months in a row, up to the latest, it fell by more than the rule's drop.</summary>
    public required int ConsecutiveFalls { get; init; }

    /// <summary>Change over that streak, in percent; null without a streak.</summary>
    public decimal? StreakChangePercent { get; init; }

    public required bool Declining { get; init; }
}
