using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Growth;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>/api/v1/growth: customers synced from the CRM, their activity and stages, segments, the growth KPIs, channels, campaigns, referrals and points.</summary>
internal sealed class GrowthApi() : ModuleApi(new GrowthModule())
{
    public static readonly string Write = Policies.WriteOf("growth");

    public static readonly string Sync = Policies.SyncOf("growth");

    public static readonly ApiTag Customers = new("Customers", "Growth module: customers synced from the CRM, their lifecycle stage and value, erasure on request.");
    public static readonly ApiTag Activity = new("Activity", "Growth module: activity events in batches, idempotent by the sender's event id; they move stages and value.");
    public static readonly ApiTag Segments = new("Segments", "Growth module: named rules over customer fields, evaluated in SQL; members, size and previews.");
    public static readonly ApiTag Metrics = new("Growth metrics", "Growth module: new customers, DAU/WAU/MAU, stickiness, churn, repurchase, LTV and cohort retention.");
    public static readonly ApiTag Channels = new("Channels", "Growth module: acquisition channels, their daily metrics, CAC, conversion and ROI in the reporting currency.");
    public static readonly ApiTag Campaigns = new("Campaigns", "Growth module: campaigns on segments with a frozen audience, results as events arrive, spend booked in Finance.");
    public static readonly ApiTag Referrals = new("Referrals", "Growth module: invite-reward programmes, invite codes, redemptions and the referrers' leaderboard.");
    public static readonly ApiTag Points = new("Loyalty points", "Growth module: each customer's points ledger; the balance is its sum and never below zero.");

    protected override IReadOnlyList<string> Writers => [Roles.Growth, Roles.Ops];

    public override IReadOnlyList<ApiTag> Tags => [Customers, Activity, Segments, Metrics, Channels, Campaigns, Referrals, Points];

    public override void MapEndpoints(RouteGroupBuilder module)
    {
        module.MapCustomers();
        module.MapActivity();
        module.MapSegments();
        module.MapGrowthMetrics();
        module.MapChannels();
        module.MapCampaigns();
        module.MapReferrals();
        module.MapPoints();
    }

    public override void RegisterExamples(ExampleCatalog examples)
    {
        GrowthExamples.Register(examples);
        ChannelExamples.Register(examples);
        CampaignExamples.Register(examples);
        ReferralExamples.Register(examples);
    }
}
