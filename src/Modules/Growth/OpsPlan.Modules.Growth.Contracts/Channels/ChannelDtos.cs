namespace OpsPlan.Modules.Growth.Contracts.Channels;

public sealed record ChannelDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required ChannelKind Kind { get; init; }

    public required ChannelStatus Status { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>One channel's day as stored (after an upsert).</summary>
public sealed record ChannelMetricsDto(Guid ChannelId, DateOnly Day, Money Spend, long Impressions, long Clicks, long Signups, long Activations, Money Revenue, DateTime UpdatedAt);

/// <summary>
/// Every channel over <see cref="From"/>..<see cref="To"/> (inclusive), money in Finance's reporting currency, and the
/// totals over all channels. A rate with a zero denominator is null, never a division by zero.
/// </summary>
public sealed record ChannelPerformanceDto(DateOnly From, DateOnly To, string Currency, IReadOnlyList<ChannelPerformanceRowDto> Channels, ChannelPerformanceTotalsDto Totals);

/// <summary>
/// One channel: <c>cac</c> = spend / signups; <c>clickThroughRate</c> = clicks / impressions; <c>conversionRate</c> =
/// signups / clicks; <c>activationRate</c> = activations / signups; <c>roi</c> = (revenue − spend) / spend.
/// </summary>
public sealed record ChannelPerformanceRowDto(
    Guid ChannelId,
    string Name,
    ChannelKind Kind,
    ChannelStatus Status,
    Money Spend,
    long Impressions,
    long Clicks,
    long Signups,
    long Activations,
    Money Revenue,
    Money? Cac,
    decimal? ClickThroughRate,
    decimal? ConversionRate,
    decimal? ActivationRate,
    decimal? Roi);

/// <summary>All channels together, with the same formulas over the sums.</summary>
public sealed record ChannelPerformanceTotalsDto(Money Spend, long Impressions, long Clicks, long Signups, long Activations, Money Revenue, Money? Cac,
    decimal? ClickThroughRate, decimal? ConversionRate, decimal? ActivationRate, decimal? Roi);
