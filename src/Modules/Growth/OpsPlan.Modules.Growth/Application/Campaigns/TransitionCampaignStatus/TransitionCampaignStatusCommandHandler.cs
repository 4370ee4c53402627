using OpsPlan.Modules.Growth.Contracts.Campaigns;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.TransitionCampaignStatus;

internal sealed class TransitionCampaignStatusCommandHandler(ICampaignRepository campaigns, CampaignBook book, IClock clock)
    : ICommandHandler<TransitionCampaignStatusCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(TransitionCampaignStatusCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var campaign = await campaigns.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        // A schedule that has passed moves the status first, so the request is judged against where the campaign really is.
        campaign.Advance(now);
        campaign.TransitionTo(request.Status!.Value, now);
        await book.SaveAsync(campaign, now, cancellationToken);
        return CampaignRow.ToDto(campaign, clock.UtcNow);
    }
}
