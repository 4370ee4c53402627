using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.ListCampaignAudience;

internal sealed class ListCampaignAudienceQueryValidator : ListQueryValidator<ListCampaignAudienceQuery>;
