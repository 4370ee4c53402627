using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>Swagger UI's example bodies for campaigns.</summary>
internal static class CampaignExamples
{
    private static readonly Guid Campaign = Guid.Parse("019ad000-0000-7000-8000-000000000020");
    private static readonly Guid Segment = Guid.Parse("019ad000-0000-7000-8000-000000000002");
    private static readonly Guid CostCenter = Guid.Parse("019ad000-0000-7000-8000-000000000021");
    private static readonly DateTime Starts = new(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Ends = new(2026, 12, 21, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Created = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly CampaignOffer Offer = new(OfferKind.Coupon, null, "20 % off the next order, 14 days");

    public static void Register(ExampleCatalog examples) => examples
        .Add(new CampaignRequest("DACH win-back, December", CampaignGoal.WinBack, ActivityType.Purchase, Segment, ChannelExamples.Channel, null, Starts, Ends,
            Money.Of(6_000m, "EUR"), Offer))
        .Add(new CampaignStatusTransitionRequest(CampaignStatus.Scheduled, "Creative approved."))
        .Add(new CampaignDto
        {
            Id = Campaign,
            Name = "DACH win-back, December",
            Goal = CampaignGoal.WinBack,
            ConversionEvent = ActivityType.Purchase,
            SegmentId = Segment,
            ChannelId = ChannelExamples.Channel,
            StartsAt = Starts,
            EndsAt = Ends,
            Budget = Money.Of(5_000m, "EUR"),
            Offer = Offer,
            Status = CampaignStatus.Scheduled,
            StatusChangedAt = Created,
            CreatedAt = Created,
            UpdatedAt = Created,
            Version = 2,
        })
        .Add(new CampaignResultsDto(Campaign, CampaignStatus.Running, 1_284, 97, 0.0755m, Money.Of(1_850m, "EUR"), Money.Of(19.0722m, "EUR"), Money.Of(3_150m, "EUR")))
        .Add(new CampaignAdvanceDto(Created, 3))
        .Add(new CampaignSpendRequest(Money.Of(1_850m, "EUR"), new DateOnly(2026, 12, 8), CostCenter, "Display ads, week 1"))
        .Add(new CampaignSpendDto(Guid.Parse("019ad000-0000-7000-8000-000000000022"), Campaign, Money.Of(1_850m, "EUR"), new DateOnly(2026, 12, 8), CostCenter,
            "Display ads, week 1", SpendBooking.Booked, Guid.Parse("019ad000-0000-7000-8000-000000000023"), null, Created, Created));
}
