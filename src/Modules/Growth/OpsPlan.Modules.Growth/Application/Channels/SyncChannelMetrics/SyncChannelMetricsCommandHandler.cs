using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Growth.Contracts.Channels;
using OpsPlan.Modules.Growth.Domain.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.SyncChannelMetrics;

/// <summary>Upserts each channel's day: a day already stored with the same figures is <c>unchanged</c>; an unknown channel fails its item alone.</summary>
internal sealed class SyncChannelMetricsCommandHandler(IChannelRepository channels, IValidator<ChannelMetricsItem> validator, IClock clock)
    : ICommandHandler<SyncChannelMetricsCommand, BatchResultDto>
{
    private static readonly Dictionary<string, string[]> UnknownChannel = new() { ["channelId"] = ["No channel has this id."] };

    public async Task<BatchResultDto> Handle(SyncChannelMetricsCommand request, CancellationToken cancellationToken)
    {
        var batch = await BatchUpsert.ScreenAsync(request.Items, validator, item => (item.ChannelId, item.Day),
            "day", "This channel and day appear earlier in the batch.", cancellationToken);
        var known = await channels.ExistingAsync(batch.Candidates.Select(candidate => candidate.Item.ChannelId).Distinct().ToList(), cancellationToken);
        var stored = await channels.FindDaysAsync(batch.Candidates.Where(candidate => known.Contains(candidate.Item.ChannelId))
            .Select(candidate => (candidate.Item.ChannelId, candidate.Item.Day)).ToList(), cancellationToken);
        var added = new List<ChannelDay>();
        var changed = new List<ChannelDay>();
        foreach (var candidate in batch.Candidates)
        {
            var item = candidate.Item;
            if (!known.Contains(item.ChannelId))
            {
                batch.Fail(candidate, UnknownChannel);
                continue;
            }

            var incoming = new ChannelDay(Ids.New(), item.ChannelId, item.Day, item.Spend, item.Impressions, item.Clicks, item.Signups, item.Activations,
                item.Revenue ?? Money.FromMinorUnits(0, item.Spend.Currency));
            if (stored.TryGetValue((item.ChannelId, item.Day), out var existing))
            {
                var same = existing.SameFiguresAs(incoming);
                if (!same)
                {
                    changed.Add(incoming with { Id = existing.Id });
                }

                batch.Succeed(candidate, same ? BatchItemStatus.Unchanged : BatchItemStatus.Updated, existing.Id);
            }
            else
            {
                added.Add(incoming);
                batch.Succeed(candidate, BatchItemStatus.Created, incoming.Id);
            }
        }

        var now = clock.UtcNow;
        await channels.AddDaysAsync(added, now, cancellationToken);
        await channels.UpdateDaysAsync(changed, now, cancellationToken);
        return batch.Result();
    }
}
