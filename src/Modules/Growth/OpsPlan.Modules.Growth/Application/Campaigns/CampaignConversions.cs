using OpsPlan.Modules.Growth.Domain.Activity;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns;

/// <summary>
/// Keeps campaign results current as events arrive: an audience member's first event of the campaign's conversion
/// type inside its schedule converts them. Only campaigns whose window overlaps the batch's events are read.
/// </summary>
internal sealed class CampaignConversions(ICampaignRepository campaigns)
{
    public async Task RecordAsync(IReadOnlyCollection<ActivityEvent> events, CancellationToken cancellationToken)
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
            await campaigns.MarkConvertedAsync(campaign.Id, conversions, cancellationToken);
        }
    }
}
