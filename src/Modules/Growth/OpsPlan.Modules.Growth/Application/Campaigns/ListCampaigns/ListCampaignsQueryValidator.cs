using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.ListCampaigns;

internal sealed class ListCampaignsQueryValidator : ListQueryValidator<ListCampaignsQuery>
{
    public ListCampaignsQueryValidator()
    {
        RuleForEach(query => query.Status).IsInEnum();
        RuleForEach(query => query.Goal).IsInEnum();
    }
}
