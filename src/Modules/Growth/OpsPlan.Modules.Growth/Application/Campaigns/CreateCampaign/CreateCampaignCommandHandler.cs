using OpsPlan.Modules.Growth.Contracts.Campaigns;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.CreateCampaign;

internal sealed class CreateCampaignCommandHandler(ICampaignRepository campaigns, IClock clock) : ICommandHandler<CreateCampaignCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(CreateCampaignCommand request, CancellationToken cancellationToken)
    {
        var plan = CampaignRules.PlanOf(request.Plan);
        await campaigns.CheckReferencesAsync(plan, cancellationToken);
        var campaign = Campaign.Draft(plan, clock.UtcNow);
        await campaigns.AddAsync(campaign, cancellationToken);
        return CampaignRow.ToDto(campaign, clock.UtcNow);
    }
}
