using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Metrics;
using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Api.Endpoints.Lifecycle;

/// <summary>Swagger UI's example bodies for products, their stages, retirement plans, monthly figures and health.</summary>
internal static class ProductExamples
{
    public static readonly Guid Product = Guid.Parse("019ad000-0000-7000-8000-000000000101");
    public static readonly Guid Successor = Guid.Parse("019ad000-0000-7000-8000-000000000102");
    public static readonly DateTime Created = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Moved = new(2026, 11, 3, 10, 30, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples) => examples
        .Add(new ProductRequest("Team Planner", "lena.fischer@example.com", "Shared calendars and task boards for small teams."))
        .Add(new ProductDto
        {
            Id = Product,
            Name = "Team Planner",
            Owner = "lena.fischer@example.com",
            Description = "Shared calendars and task boards for small teams.",
            Stage = ProductStage.Decline,
            StageChangedAt = Moved,
            DeclineDetectedFor = new DateOnly(2026, 10, 1),
            CreatedAt = Created,
            UpdatedAt = Moved,
            Version = 9,
        })
        .Add(new ProductStageTransitionRequest(ProductStage.Decline, "Three months of falling active users and revenue (see the health view)."))
        .Add(new ProductStageChangeDto
        {
            Id = Guid.Parse("019ad000-0000-7000-8000-000000000103"),
            From = ProductStage.Maturity,
            To = ProductStage.Decline,
            ChangedAt = Moved,
            ChangedBy = "lena.fischer@example.com",
            Reason = "Three months of falling active users and revenue (see the health view).",
        })
        .Add(new ProductStageDurationsDto
        {
            ProductId = Product,
            AsOf = Moved,
            Stages =
            [
                new StageTimeDto { Stage = ProductStage.Concept, Days = 21, Visits = 1, Current = false },
                new StageTimeDto { Stage = ProductStage.Development, Days = 96.5m, Visits = 1, Current = false },
                new StageTimeDto { Stage = ProductStage.Decline, Days = 33.02m, Visits = 1, Current = true },
            ],
        })
        .Add(new StageDurationsDto
        {
            AsOf = Moved,
            Products = 412,
            Stages =
            [
                new StageAverageDto { Stage = ProductStage.Concept, Products = 412, CurrentlyIn = 37, AverageDays = 24.6m, MedianDays = 19 },
                new StageAverageDto { Stage = ProductStage.Development, Products = 351, CurrentlyIn = 58, AverageDays = 118.2m, MedianDays = 96.5m },
            ],
        })
        .Add(new RetirementPlanRequest(new DateOnly(2027, 1, 15), new DateOnly(2027, 3, 31), new DateOnly(2027, 9, 30), Successor,
            "Annual subscribers get the unused months refunded or moved to the successor at no charge."))
        .Add(new RetirementPlanDto
        {
            ProductId = Product,
            AnnouncementDate = new DateOnly(2027, 1, 15),
            EndOfSale = new DateOnly(2027, 3, 31),
            EndOfSupport = new DateOnly(2027, 9, 30),
            MigrationTargetProductId = Successor,
            CompensationPolicy = "Annual subscribers get the unused months refunded or moved to the successor at no charge.",
            Status = RetirementPlanStatus.Approved,
            ApprovedAt = Moved,
            ApprovedBy = "cpo@example.com",
            CreatedAt = Moved,
            UpdatedAt = Moved,
            Version = 2,
        })
        .Add(new ProductMetricsBatchRequest([new ProductMetricsItem(Product, "2026-10", 48_200, Money.Of(129_400m, "EUR"), 61.5m, 12)]))
        .Add<IReadOnlyList<ProductMetricsDto>>([new ProductMetricsDto
        {
            Month = "2026-10", ActiveUsers = 48_200, Revenue = Money.Of(129_400m, "EUR"), RetentionPercent = 61.5m, Nps = 12, UpdatedAt = Moved,
        }])
        .Add(new ProductHealthDto
        {
            ProductId = Product,
            Stage = ProductStage.Decline,
            LatestMonth = "2026-10",
            Months = 31,
            Rule = new DeclineRuleDto { ConsecutivePeriods = 3, DropPercent = 5 },
            Signals =
            [
                new HealthSignalDto { Metric = DeclineMetric.ActiveUsers, Trend = MetricTrend.Falling, Latest = 48_200, ChangePercent = -8.2m, ConsecutiveFalls = 3,
                    StreakChangePercent = -22.4m, Declining = true },
                new HealthSignalDto { Metric = DeclineMetric.Revenue, Trend = MetricTrend.Stable, Latest = 129_400, ChangePercent = -1.1m, ConsecutiveFalls = 0,
                    Declining = false },
            ],
            RetentionPercent = 61.5m,
            Nps = 12,
            DeclineDetected = true,
            Recommendation = HealthRecommendation.StopInvesting,
            Reasons = ["Active users fell 3 months in a row, by 22.4 % in all.", "Stop further investment and move resources to products with more potential."],
        });
}
