using OpsPlan.Modules.Growth.Application.Points;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Activity;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns;

/// <summary>
/// Keeps campaign results current as events arrive: an audience member's first event of the campaign's conversion
/// type inside its schedule converts them, and a points offer pays them once. Only campaigns whose window overlaps
/// the batch's events are read.
/// </summary>
internal sealed class CampaignConversions(ICampaignRepository campaigns, PointsLedger points)
{
    public async Task RecordAsync(IReadOnlyCollection<ActivityEvent> events, DateTime now, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var counting = await campaigns.CountingBetweenAsync(events.Min(recorded => recorded.OccurredAt), events.Max(recorded => recorded.OccurredAt), cancellationToken);
        foreach (var campaign in counting)
        {
            var (type, starts, ends) = (campaign.Plan.ConversionEvent, campaign.Plan.StartsAt!.Value, campaign.Plan.EndsAt!.Value);
            var conversions = events.Where(recorded => recorded.Type == type && recorded.OccurredAt >= starts && recorded.OccurredAt < ends)
                .GroupBy(recorded => recorded.CustomerId)
                .Select(group => (group.Key, group.Min(recorded => recorded.OccurredAt)))
                .ToList();
            if (campaign.Plan.Offer is { Kind: OfferKind.Points, Points: { } offered })
            {
                await PayPointsAsync(campaign.Id, campaign.Plan.Name, offered, conversions, now, cancellationToken);
            }
            else
            {
                await campaigns.MarkConvertedAsync(campaign.Id, conversions, cancellationToken);
            }
        }
    }

    // One member at a time, so that only a new conversion earns: a member converts once, and the entry's key is the campaign's.
    private async Task PayPointsAsync(Guid campaignId, string name, long offered, IEnumerable<(Guid CustomerId, DateTime At)> conversions, DateTime now,
        CancellationToken cancellationToken)
    {
        foreach (var (customerId, at) in conversions)
        {
            if (await campaigns.TryMarkConvertedAsync(campaignId, customerId, at, cancellationToken))
            {
                await points.RecordAsync(customerId, "campaign-" + campaignId.ToString("N"), PointsEntryKind.Earn, offered, PointsSource.Campaign, campaignId,
                    $"Campaign offer: {name}", now, cancellationToken);
            }
        }
    }
}
