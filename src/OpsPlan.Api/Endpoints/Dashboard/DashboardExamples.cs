using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Dashboard.Contracts;
using OpsPlan.Modules.Dashboard.Contracts.Home;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Partners;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Api.Endpoints.Dashboard;

/// <summary>Swagger UI's example of the home page, every section answered (OpenAPI 3.0 examples cannot show a null object).</summary>
internal static class DashboardExamples
{
    private static readonly DateTime At = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples) => examples.Add(new DashboardDto
    {
        From = new DateOnly(2026, 11, 1),
        To = new DateOnly(2026, 11, 30),
        Growth = Ok(new GrowthSectionDto(4_210, 182_400, 21_380.5m, 64_900, 0.3294m, 1_150, 0.0171m, Money.Of(96_500m, "USD"), 4_020, Money.Of(24.00m, "USD"))),
        Budgets = Ok(new BudgetsSectionDto(1, 1,
        [
            new BudgetLineAtRiskDto(Guid.Parse("019ad000-0000-7000-8000-000000000501"), Guid.Parse("019ad000-0000-7000-8000-000000000502"), "MKT-EU", "2026-Q4",
                SpendCategory.Marketing, Money.Of(120_000m, "EUR"), Money.Of(131_400m, "EUR"), 109.5m, BudgetLineState.Over),
            new BudgetLineAtRiskDto(Guid.Parse("019ad000-0000-7000-8000-000000000503"), Guid.Parse("019ad000-0000-7000-8000-000000000504"), "ENG-CORE", "2026-11",
                SpendCategory.Infrastructure, Money.Of(40_000m, "USD"), Money.Of(33_900m, "USD"), 84.75m, BudgetLineState.Warning),
        ])),
        Runway = Ok(new RunwayDto(new DateOnly(2026, 11, 30), Money.Of(2_223_225m, "USD"), new DateOnly(2026, 8, 1), new DateOnly(2026, 10, 31),
            Money.Of(180_000m, "USD"), true, 12.35m, 6, false)),
        Risks = Ok(new RisksSectionDto(
        [
            new RiskDto
            {
                Id = Guid.Parse("019ad000-0000-7000-8000-000000000505"), Title = "Critical LGPD gap in BR", Category = RiskCategory.Compliance, Owner = "br.lead@example.com",
                Likelihood = 4, Impact = 5, Score = 20, Level = RiskLevel.Critical, ResidualLikelihood = 3, ResidualImpact = 4, ResidualScore = 12,
                ResidualLevel = RiskLevel.High, Status = RiskStatus.Mitigating, Source = "overseas",
                SourceReference = "compliance-item:019ad000-0000-7000-8000-000000000506", CreatedAt = At, UpdatedAt = At, Version = 1,
            },
        ], new OpenIncidentCountsDto(3, new Dictionary<IncidentSeverity, int> { [IncidentSeverity.Sev1] = 0, [IncidentSeverity.Sev2] = 1, [IncidentSeverity.Sev3] = 2, [IncidentSeverity.Sev4] = 0 }))),
        Partners = Ok(new PartnerHealthDto
        {
            From = "2026-11", To = "2026-11", SlaBreaches = 4,
            MostBreaches = [new PartnerBreachesDto(Guid.Parse("019ad000-0000-7000-8000-000000000507"), "Acme Payments", PartnerStatus.Active, 3)],
            PartnersOnProbation = 1,
            OnProbation = [new PartnerOnProbationDto(Guid.Parse("019ad000-0000-7000-8000-000000000507"), "Acme Payments", PartnerStatus.Active)],
        }),
        Markets = Ok(new MarketsSectionDto(
        [
            new MarketStageSummaryDto(MarketStage.Research, 6, 12.5m, 0),
            new MarketStageSummaryDto(MarketStage.Assessment, 3, 40m, 1),
            new MarketStageSummaryDto(MarketStage.Pilot, 2, 72.5m, 1),
            new MarketStageSummaryDto(MarketStage.Launch, 1, 95m, 0),
            new MarketStageSummaryDto(MarketStage.Scale, 4, 100m, 0),
            new MarketStageSummaryDto(MarketStage.Paused, 0, null, 0),
            new MarketStageSummaryDto(MarketStage.Exited, 1, 100m, 0),
        ])),
        Products = Ok(new ProductsSectionDto([new DecliningProductDto(Guid.Parse("019ad000-0000-7000-8000-000000000508"), "Classic Wallet", "pm.wallet@example.com",
            new DateTime(2026, 9, 3, 8, 0, 0, DateTimeKind.Utc))], false)),
    });

    private static DashboardSection<T> Ok<T>(T data)
        where T : class => new() { Status = SectionStatus.Ok, AsOf = At, Data = data, ErrorCode = null, ErrorDetail = null };
}
