using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.WinBack;

/// <summary>
/// A product is declining: draft one win-back campaign for its at-risk and churned customers, unless one for the product
/// is drafted, scheduled or running already. Sent only by this module's event consumer, never over HTTP.
/// </summary>
internal sealed record DraftWinBackCampaignCommand(Guid ProductId, string ProductName) : ICommand<CampaignDto?>;
