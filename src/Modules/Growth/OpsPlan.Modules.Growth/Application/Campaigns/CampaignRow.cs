using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Campaigns;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns;

/// <summary>A row of <c>growth.campaigns</c>.</summary>
internal sealed class CampaignRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, name AS Name, goal AS Goal, conversion_event AS ConversionEvent, segment_id AS SegmentId, channel_id AS ChannelId,
               product_id AS ProductId, starts_at AS StartsAt, ends_at AS EndsAt, budget_minor AS BudgetMinor, budget_currency AS BudgetCurrency,
               offer_kind AS OfferKind, offer_points AS OfferPoints, offer_detail AS OfferDetail, status AS Status, status_changed_at AS StatusChangedAt,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM growth.campaigns
        """;

    public string Name { get; init; } = "";

    public string Goal { get; init; } = "";

    public string ConversionEvent { get; init; } = "";

    public Guid? SegmentId { get; init; }

    public Guid? ChannelId { get; init; }

    public Guid? ProductId { get; init; }

    public DateTime? StartsAt { get; init; }

    public DateTime? EndsAt { get; init; }

    public long? BudgetMinor { get; init; }

    public string? BudgetCurrency { get; init; }

    public string? OfferKind { get; init; }

    public long? OfferPoints { get; init; }

    public string? OfferDetail { get; init; }

    public string Status { get; init; } = "";

    public DateTime StatusChangedAt { get; init; }

    public Campaign ToDomain() => Campaign.Restore(State,
        new CampaignPlan(Name, EnumText.Parse<CampaignGoal>(Goal), EnumText.Parse<ActivityType>(ConversionEvent), SegmentId, ChannelId, ProductId, StartsAt, EndsAt,
            BudgetMinor is { } budget ? Money.FromMinorUnits(budget, BudgetCurrency!) : null,
            OfferKind is { } kind ? new CampaignOffer(EnumText.Parse<OfferKind>(kind), OfferPoints, OfferDetail) : null),
        EnumText.Parse<CampaignStatus>(Status), StatusChangedAt);

    public CampaignDto ToDto(DateTime now) => ToDto(ToDomain(), now);

    /// <summary>The campaign with the status its schedule gives it at <paramref name="now"/> (the version stays the stored one).</summary>
    public static CampaignDto ToDto(Campaign campaign, DateTime now)
    {
        var plan = campaign.Plan;
        var (status, changedAt) = campaign.StatusAt(now);
        return new CampaignDto
        {
            Id = campaign.Id,
            Name = plan.Name,
            Goal = plan.Goal,
            ConversionEvent = plan.ConversionEvent,
            SegmentId = plan.SegmentId,
            ChannelId = plan.ChannelId,
            ProductId = plan.ProductId,
            StartsAt = plan.StartsAt,
            EndsAt = plan.EndsAt,
            Budget = plan.Budget,
            Offer = plan.Offer,
            Status = status,
            StatusChangedAt = changedAt,
            CreatedAt = campaign.CreatedAt,
            UpdatedAt = campaign.UpdatedAt,
            Version = campaign.Version,
        };
    }

    public static object Parameters(Campaign campaign)
    {
        var plan = campaign.Plan;
        return new
        {
            campaign.Id,
            plan.Name,
            Goal = EnumText.ToText(plan.Goal),
            ConversionEvent = EnumText.ToText(plan.ConversionEvent),
            plan.SegmentId,
            plan.ChannelId,
            plan.ProductId,
            plan.StartsAt,
            plan.EndsAt,
            BudgetMinor = plan.Budget?.MinorUnits,
            BudgetCurrency = plan.Budget?.Currency,
            OfferKind = EnumText.ToText(plan.Offer?.Kind),
            OfferPoints = plan.Offer?.Points,
            OfferDetail = plan.Offer?.Detail,
            Status = EnumText.ToText(campaign.Status),
            campaign.StatusChangedAt,
            campaign.StatusDueAt,
            campaign.CreatedAt,
            campaign.UpdatedAt,
            campaign.Version,
            campaign.LoadedVersion,
        };
    }
}
