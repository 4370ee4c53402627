using OpsPlan.Modules.Growth.Contracts.Campaigns;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.AdvanceCampaigns;

/// <summary>Reads only the campaigns whose schedule is due (kept on each as its due time), a page at a time.</summary>
internal sealed class AdvanceCampaignsCommandHandler(ICampaignRepository campaigns, CampaignBook book, IClock clock) : ICommandHandler<AdvanceCampaignsCommand, CampaignAdvanceDto>
{
    private const int PageSize = 500;

    public async Task<CampaignAdvanceDto> Handle(AdvanceCampaignsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var changed = 0;
        while (true)
        {
            var due = await campaigns.DueAsync(now, PageSize, cancellationToken);
            foreach (var campaign in due.Where(campaign => campaign.Advance(now)))
            {
                await book.SaveAsync(campaign, now, cancellationToken);
                changed++;
            }

            // Every campaign read is due later now (or never), so a short page is the last.
            if (due.Count < PageSize)
            {
                return new CampaignAdvanceDto(now, changed);
            }
        }
    }
}
