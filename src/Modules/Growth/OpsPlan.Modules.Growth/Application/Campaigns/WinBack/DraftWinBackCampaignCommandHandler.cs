using System.Text.Json;
using OpsPlan.Modules.Growth.Application.Segments;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Campaigns;
using OpsPlan.Modules.Growth.Contracts.Segments;
using OpsPlan.Modules.Growth.Domain.Campaigns;
using OpsPlan.Modules.Growth.Domain.Segments;

namespace OpsPlan.Modules.Growth.Application.Campaigns.WinBack;

/// <summary>
/// The win-back draft: a segment of the product's users who are at risk or churned (customers whose activity events
/// named the product), kept by name so a later decline reuses it, and a draft campaign with goal win-back on it. The
/// marketing team adds channel, schedule, budget and offer before scheduling it.
/// </summary>
internal sealed class DraftWinBackCampaignCommandHandler(ICampaignRepository campaigns, ISegmentRepository segments, IClock clock)
    : ICommandHandler<DraftWinBackCampaignCommand, CampaignDto?>
{
    public async Task<CampaignDto?> Handle(DraftWinBackCampaignCommand request, CancellationToken cancellationToken)
    {
        if (await campaigns.OpenWinBackExistsAsync(request.ProductId, cancellationToken))
        {
            return null;
        }

        var now = clock.UtcNow;
        var segmentName = Shorten($"Win-back: {request.ProductName}", $" ({request.ProductId:D})");
        var segmentId = await segments.FindIdByNameAsync(segmentName, cancellationToken);
        if (segmentId is null)
        {
            var segment = Segment.Create(segmentName, $"At-risk and churned users of {request.ProductName}, drafted when the product was found declining.",
                Audience(request.ProductId), now);
            await segments.AddAsync(segment, cancellationToken);
            segmentId = segment.Id;
        }

        var campaign = Campaign.Draft(new CampaignPlan(Shorten($"Win back {request.ProductName} users", ""), CampaignGoal.WinBack,
            CampaignPlan.DefaultConversion(CampaignGoal.WinBack), segmentId, null, request.ProductId, null, null, null, null), now);
        await campaigns.AddAsync(campaign, cancellationToken);
        return CampaignRow.ToDto(campaign, now);
    }

    private static SegmentRule Audience(Guid productId) => new(SegmentMatch.All,
    [
        new SegmentCondition("stage", SegmentOperator.In, Values: [Json(EnumText.ToText(LifecycleStage.AtRisk)), Json(EnumText.ToText(LifecycleStage.Churned))]),
        new SegmentCondition("products", SegmentOperator.Contains, Json(productId.ToString("D"))),
    ], []);

    // Names hold 200 characters; a long product name is cut, the part that makes the name unique is kept.
    private static string Shorten(string name, string suffix) => (name.Length + suffix.Length > 200 ? name[..(200 - suffix.Length)] : name) + suffix;

    private static JsonElement Json(string value) => JsonSerializer.SerializeToElement(value);
}
