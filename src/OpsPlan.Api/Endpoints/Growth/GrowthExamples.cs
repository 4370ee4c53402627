using System.Text.Json;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Activity;
using OpsPlan.Modules.Growth.Contracts.Customers;
using OpsPlan.Modules.Growth.Contracts.Metrics;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>The example bodies Swagger UI shows (and pre-fills for "Try it out") for the growth module.</summary>
internal static class GrowthExamples
{
    private static readonly Guid Customer = Guid.Parse("019ad000-0000-7000-8000-000000000001");
    private static readonly Guid Segment = Guid.Parse("019ad000-0000-7000-8000-000000000002");
    private static readonly DateTime SignedUp = new(2026, 10, 4, 18, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Created = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly SegmentRule Rule = new(SegmentMatch.All,
        [
            new SegmentCondition("country", SegmentOperator.In, Values: [Json("DE"), Json("AT")]),
            new SegmentCondition("lifetimeValue", SegmentOperator.Between, Min: Json(100)),
        ],
        [new SegmentRule(SegmentMatch.Any, [new SegmentCondition("stage", SegmentOperator.Equals, Json("at-risk")), new SegmentCondition("interests", SegmentOperator.Contains, Json("running"))])]);

    public static void Register(ExampleCatalog examples)
    {
        var customer = ExampleCustomer();
        examples
            .Add(new CustomerBatchRequest([new CustomerSyncItem("crm-10042", "Ana Schmidt", "ana@example.com", AgeBand.From25To34, Gender.Female, "DE", "Bavaria",
                ["running", "travel"], "search-ads", SignedUp, CustomerTier.Gold, new Dictionary<string, JsonElement> { ["plan"] = Json("annual") }, true, null)]))
            .Add(customer)
            .Add(new StageChangeDto(Guid.Parse("019ad000-0000-7000-8000-000000000003"), Customer, LifecycleStage.New, LifecycleStage.Active, Created, "time"))
            .Add(new StageReevaluationDto(Created, 42))
            .Add(new ActivityBatchRequest([new ActivityEventItem("evt-7f3a9c", "crm-10042", null, ActivityType.Purchase, Created, Money.Of(59.90m, "EUR"), "sku-run-001")]))
            .Add(new CreateSegmentCommand("DACH high-value at risk", "Win-back audience.", Rule))
            .Add(new SegmentRequest("DACH high-value at risk", "Win-back audience, reviewed monthly.", Rule))
            .Add(new PreviewSegmentQuery(Rule))
            .Add(new SegmentDto { Id = Segment, Name = "DACH high-value at risk", Description = "Win-back audience.", Rule = Rule, CreatedAt = Created, UpdatedAt = Created, Version = 1 })
            .Add(new SegmentSizeDto(1_284, Created))
            .Add(new SegmentPreviewDto(1_284, [customer], Created))
            .Add(new GrowthOverviewDto
            {
                From = new DateOnly(2026, 11, 1),
                To = new DateOnly(2026, 11, 30),
                NewCustomers = 1_850,
                Customers = 48_200,
                Dau = 6_420.5m,
                Wau = 15_900,
                Mau = 27_300,
                Stickiness = 0.2352m,
                Churned = 730,
                ChurnRate = 0.0162m,
                RepurchaseRate = 0.3810m,
                AverageLifetimeValue = Money.Of(84.20m, "EUR"),
                Stages = new StageCountsDto(1_850, 24_100, 9_400, 11_900, 950),
                ByChannel = [new ChannelOverviewDto("search-ads", 820, 19_400, 11_800, 0.4120m, Money.Of(91.75m, "EUR"))],
            })
            .Add(new RetentionDto(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), RetentionPeriod.Month,
            [
                new CohortDto(new DateOnly(2026, 10, 1), 2_100, [new RetentionCellDto(0, new DateOnly(2026, 10, 1), 2_100, 1m), new RetentionCellDto(1, new DateOnly(2026, 11, 1), 1_260, 0.6m)]),
                new CohortDto(new DateOnly(2026, 11, 1), 1_850, [new RetentionCellDto(0, new DateOnly(2026, 11, 1), 1_850, 1m)]),
            ]));
    }

    private static CustomerDto ExampleCustomer() => new()
    {
        Id = Customer,
        ExternalId = "crm-10042",
        DisplayName = "Ana Schmidt",
        Email = "ana@example.com",
        AgeBand = AgeBand.From25To34,
        Gender = Gender.Female,
        Country = "DE",
        Region = "Bavaria",
        Interests = ["running", "travel"],
        AcquisitionChannel = "search-ads",
        SignedUpAt = SignedUp,
        Tier = CustomerTier.Gold,
        CustomAttributes = new Dictionary<string, JsonElement> { ["plan"] = Json("annual") },
        MarketingConsent = true,
        Stage = LifecycleStage.Active,
        StageChangedAt = Created,
        LastActiveAt = Created,
        Value = new CustomerValueDto(Money.Of(239.60m, "EUR"), 4, SignedUp, Created, 2.1818m, 0.75m),
        CreatedAt = SignedUp,
        UpdatedAt = Created,
        Version = 7,
    };

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);
}
