using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Growth.Contracts.Channels;

/// <summary>Adds an acquisition channel; names are unique (409 <c>growth.duplicate-channel-name</c>); status defaults to <c>active</c>.</summary>
public sealed record CreateChannelCommand(string Name, ChannelKind? Kind, ChannelStatus? Status) : ICommand<ChannelDto>;

/// <summary>The editable fields of a channel, as PUT replaces them.</summary>
public sealed record ChannelRequest(string Name, ChannelKind? Kind, ChannelStatus? Status) : IBodyOf<UpdateChannelCommand>
{
    public UpdateChannelCommand ToCommand(Guid id, ExpectedVersion? expectedVersion) => new(id, expectedVersion, Name, Kind, Status);
}

public sealed record UpdateChannelCommand(Guid Id, ExpectedVersion? ExpectedVersion, string Name, ChannelKind? Kind, ChannelStatus? Status) : ICommand<ChannelDto>;

/// <summary>Upserts up to 1,000 daily metrics by channel and day; one bad item fails alone and the others are written.</summary>
public sealed record SyncChannelMetricsCommand(IReadOnlyList<BatchEntry<ChannelMetricsItem>> Items) : ICommand<BatchResultDto>;

/// <summary>
/// One channel's day as the ad platform reports it: counts are whole numbers, zero or more; clicks no more than
/// impressions; spend and revenue in any currency Finance has rates for (revenue defaults to zero in the spend's currency).
/// </summary>
public sealed record ChannelMetricsItem(Guid ChannelId, DateOnly Day, Money Spend, long Impressions, long Clicks, long Signups, long Activations, Money? Revenue);

/// <summary>The documented shape of a metrics batch: <c>{ "items": [ ... ] }</c>, at most 1,000 items.</summary>
public sealed record ChannelMetricsBatchRequest(IReadOnlyList<ChannelMetricsItem> Items) : IBodyOf<SyncChannelMetricsCommand>;
