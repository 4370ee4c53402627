using OpsPlan.Modules.Growth.Contracts.Campaigns;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.UpdateCampaign;

internal sealed class UpdateCampaignCommandHandler(ICampaignRepository campaigns, IClock clock) : ICommandHandler<UpdateCampaignCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(UpdateCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        var plan = CampaignRules.PlanOf(request.Plan);
        await campaigns.CheckReferencesAsync(plan, cancellationToken);
        campaign.Replan(plan, clock.UtcNow);
        await campaigns.UpdateAsync(campaign, cancellationToken);
        return CampaignRow.ToDto(campaign, clock.UtcNow);
    }
}
