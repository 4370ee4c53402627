using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Domain.Campaigns;

/// <summary>What a campaign is meant to do, to whom, when, with what money and offer: everything a draft may change.</summary>
internal sealed record CampaignPlan(
    string Name,
    CampaignGoal Goal,
    ActivityType ConversionEvent,
    Guid? SegmentId,
    Guid? ChannelId,
    Guid? ProductId,
    DateTime? StartsAt,
    DateTime? EndsAt,
    Money? Budget,
    CampaignOffer? Offer)
{
    /// <summary>The event each goal counts by default: a first login wins a customer, a feature used activates one, and so on.</summary>
    public static ActivityType DefaultConversion(CampaignGoal goal) => goal switch
    {
        CampaignGoal.Acquisition => ActivityType.Login,
        CampaignGoal.Activation => ActivityType.FeatureUse,
        CampaignGoal.Retention => ActivityType.Login,
        CampaignGoal.WinBack => ActivityType.Purchase,
        _ => ActivityType.Purchase,
    };

    /// <summary>What scheduling still needs, as sentences; empty when the plan is complete.</summary>
    public IReadOnlyList<string> MissingForSchedule(DateTime now)
    {
        var missing = new List<string>();
        if (SegmentId is null)
        {
            missing.Add("A target segment (segmentId).");
        }

        if (StartsAt is null || EndsAt is null)
        {
            missing.Add("A schedule (startsAt and endsAt).");
        }
        else if (EndsAt <= now)
        {
            missing.Add("A schedule that has not ended yet (endsAt is in the past).");
        }

        if (Budget is null)
        {
            missing.Add("A budget.");
        }

        return missing;
    }
}
