using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Growth.Contracts.Channels;

public sealed record GetChannelQuery(Guid Id) : IQuery<ChannelDto>;

public sealed record ListChannelsQuery(IReadOnlyList<ChannelKind>? Kind = null, IReadOnlyList<ChannelStatus>? Status = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null,
    string? Sort = null) : IQuery<Page<ChannelDto>>, IListQuery;

/// <summary>A channel's stored days in a range, oldest first (at most 366 days).</summary>
public sealed record ListChannelMetricsQuery(Guid ChannelId, DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<ChannelMetricsDto>>;

/// <summary>Spend, signups, CAC, click-through, conversion, revenue and ROI per channel over a range (default: the last 30 days).</summary>
public sealed record GetChannelPerformanceQuery(DateOnly? From, DateOnly? To) : IQuery<ChannelPerformanceDto>, ICachedQuery;
