using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Application.Segments.Rules;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Events;
using OpsPlan.Modules.Growth.Domain.Campaigns;
using OpsPlan.Modules.Growth.Domain.Segments;

namespace OpsPlan.Modules.Growth.Application.Campaigns;

/// <summary>
/// Saves a campaign with what its status changes imply, in the command's transaction: scheduling freezes the
/// segment's members as the audience, unscheduling drops it, and every change is published.
/// </summary>
internal sealed class CampaignBook(ICampaignRepository campaigns, ISegmentRepository segments, IUnitOfWork unitOfWork, IOutbox outbox,
    IOptions<GrowthOptions> options)
{
    public async Task SaveAsync(Campaign campaign, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var (from, to) in campaign.StatusChanges)
        {
            if (from == CampaignStatus.Draft && to == CampaignStatus.Scheduled)
            {
                var segment = await segments.GetAsync(campaign.Plan.SegmentId!.Value, null, cancellationToken);
                var filter = SegmentRuleCompiler.Compile(segment.Rule, unitOfWork.Dialect, now, options.Value.Currency);
                await campaigns.FreezeAudienceAsync(campaign.Id, filter.Condition, filter.Parameters, cancellationToken);
            }
            else if (from == CampaignStatus.Scheduled && to == CampaignStatus.Draft)
            {
                await campaigns.DropAudienceAsync(campaign.Id, cancellationToken);
            }
        }

        await campaigns.UpdateAsync(campaign, cancellationToken);
        await outbox.EnqueueAsync(campaign.StatusChanges
            .Select(IntegrationEvent (change) => new CampaignStatusChanged(campaign.Id, campaign.Plan.Name, change.From, change.To, campaign.StatusChangedAt))
            .ToList(), cancellationToken);
    }
}
