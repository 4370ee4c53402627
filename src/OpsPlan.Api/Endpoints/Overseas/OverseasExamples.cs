using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Assessments;
using OpsPlan.Modules.Overseas.Contracts.Compliance;
using OpsPlan.Modules.Overseas.Contracts.Localization;
using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Api.Endpoints.Overseas;

/// <summary>Swagger UI's example bodies for the overseas module: Brazil, assessed with the default weights.</summary>
internal static class OverseasExamples
{
    private static readonly Guid Market = Guid.Parse("019ad000-0000-7000-8000-000000000301");
    private static readonly Guid Task = Guid.Parse("019ad000-0000-7000-8000-000000000303");
    private static readonly Guid Item = Guid.Parse("019ad000-0000-7000-8000-000000000304");
    private static readonly DateTime At = new(2026, 10, 5, 8, 30, 0, DateTimeKind.Utc);

    private static readonly (AssessmentFactor Factor, int Score, decimal Weight, string Evidence)[] Factors =
    [
        (AssessmentFactor.MarketSize, 4, 20, "214 M people, 81 % online (IBGE 2025)."),
        (AssessmentFactor.Growth, 5, 15, "E-commerce +14 % a year since 2022."),
        (AssessmentFactor.Competition, 3, 10, "Two local leaders, no global one above 10 % share."),
        (AssessmentFactor.RegulatoryComplexity, 4, 15, "LGPD, consumer code, state tax rules."),
        (AssessmentFactor.CulturalDistance, 2, 10, "Portuguese content needed; buying habits close to ours."),
        (AssessmentFactor.PaymentInfrastructure, 3, 10, "Pix everywhere; cards in instalments."),
        (AssessmentFactor.PartnerAvailability, 4, 10, "Three logistics partners shortlisted."),
        (AssessmentFactor.EntryCost, 3, 10, "EUR 1.2 M for the first year."),
    ];

    public static void Register(ExampleCatalog examples)
    {
        var scores = new MarketScoresDto { AssessmentVersion = 2, Attractiveness = 4.09m, Risk = 3.11m, Combined = 3.55m, AssessedAt = At };
        var assessment = new MarketAssessmentDto
        {
            Id = Guid.Parse("019ad000-0000-7000-8000-000000000302"), MarketId = Market, Version = 2, Attractiveness = 4.09m, Risk = 3.11m, Combined = 3.55m,
            AssessedBy = "expansion@example.com", CreatedAt = At,
            Factors = Factors.Select(factor => new AssessmentFactorDto
            {
                Factor = factor.Factor, Score = factor.Score, Weight = factor.Weight, Evidence = factor.Evidence,
                CountsAgainst = factor.Factor is AssessmentFactor.Competition or AssessmentFactor.RegulatoryComplexity or AssessmentFactor.CulturalDistance
                    or AssessmentFactor.EntryCost,
            }).ToList(),
        };
        var task = new LocalizationTaskDto
        {
            Id = Task, MarketId = Market, Area = LocalizationArea.Payments, Title = "Accept Pix at checkout", Owner = "payments@example.com",
            DueDate = new DateOnly(2026, 11, 30), Status = LocalizationTaskStatus.InProgress, Weight = 20, Overdue = false, CreatedAt = At, UpdatedAt = At, Version = 2,
        };
        var item = new ComplianceItemDto
        {
            Id = Item, MarketId = Market, Regulation = "LGPD", Requirement = "Appoint a data protection officer (encarregado) and publish the contact.",
            Severity = ComplianceSeverity.Critical, Status = ComplianceStatus.InProgress, Open = true, DueDate = new DateOnly(2026, 12, 15),
            Evidence = "DPO candidate interviewed.", CreatedAt = At, UpdatedAt = At, Version = 2,
        };
        examples
            .Add(new MarketRequest("BR", "Brazil", ["pt-BR"], "BRL", "latam@example.com", new DateOnly(2027, 3, 1)))
            .Add(new MarketDto
            {
                Id = Market, Country = "BR", Name = "Brazil", Languages = ["pt-BR"], Currency = "BRL", Owner = "latam@example.com", TargetLaunchDate = new DateOnly(2027, 3, 1),
                Stage = MarketStage.Paused, PausedFrom = MarketStage.Pilot, StageChangedAt = At, Scores = scores, CreatedAt = At, UpdatedAt = At, Version = 5,
            })
            .Add(new MarketStageTransitionRequest(MarketStage.Launch, "Pilot met its targets; readiness 85 %."))
            .Add(new MarketStageChangeDto
            {
                Id = Guid.Parse("019ad000-0000-7000-8000-000000000305"), From = MarketStage.Pilot, To = MarketStage.Launch, ChangedAt = At, ChangedBy = "latam@example.com",
                Reason = "Pilot met its targets; readiness 85 %.",
            })
            .Add(new MarketPipelineDto
            {
                AsOf = new DateOnly(2026, 10, 5),
                Stages =
                [
                    new PipelineStageDto
                    {
                        Stage = MarketStage.Pilot, Count = 1,
                        Markets =
                        [
                            new PipelineMarketDto
                            {
                                MarketId = Market, Country = "BR", Name = "Brazil", Owner = "latam@example.com", ReadinessPercent = 62.5m, OpenCriticalGaps = 1,
                                TargetLaunchDate = new DateOnly(2027, 3, 1), DaysToTargetLaunch = 147,
                            },
                        ],
                    },
                ],
            })
            .Add(new MarketRankingDto
            {
                By = RankingBasis.Combined,
                Markets = [new RankedMarketDto { Rank = 1, MarketId = Market, Country = "BR", Stage = MarketStage.Pilot, Scores = scores }],
                Unassessed = [Guid.Parse("019ad000-0000-7000-8000-000000000306")],
                Concentration = new RevenueConcentrationDto
                {
                    From = new DateOnly(2025, 10, 6), To = new DateOnly(2026, 10, 5), Currency = "EUR", Total = Money.Of(1_000_000m, "EUR"),
                    Markets =
                    [
                        new MarketShareDto { Country = "DE", Inflow = Money.Of(700_000m, "EUR"), SharePercent = 70 },
                        new MarketShareDto { Country = "FR", Inflow = Money.Of(300_000m, "EUR"), SharePercent = 30 },
                    ],
                    HerfindahlIndex = 5800, Level = ConcentrationLevel.High,
                },
            })
            .Add(new MarketAssessmentRequest(Factors.Select(factor => new AssessmentFactorItem(factor.Factor, factor.Score, factor.Weight, factor.Evidence)).ToList()))
            .Add(assessment)
            .Add<IReadOnlyList<MarketAssessmentDto>>([assessment])
            .Add(new LocalizationTaskRequest(LocalizationArea.Payments, "Accept Pix at checkout", "payments@example.com", new DateOnly(2026, 11, 30), 20))
            .Add(new LocalizationTaskTransitionRequest(LocalizationTaskStatus.Blocked, "Waiting for the acquirer's sandbox credentials."))
            .Add(task)
            .Add(new ReadinessDto
            {
                MarketId = Market, ReadinessPercent = 62.5m, LaunchThresholdPercent = 80,
                Areas = [new AreaReadinessDto { Area = LocalizationArea.Payments, Tasks = 2, Done = 1, ReadinessPercent = 50 }],
            })
            .Add<IReadOnlyList<OverdueTaskDto>>([new OverdueTaskDto
            {
                TaskId = Task, MarketId = Market, Country = "BR", Area = LocalizationArea.Payments, Title = "Accept Pix at checkout", Owner = "payments@example.com",
                DueDate = new DateOnly(2026, 9, 30), DaysOverdue = 5, Status = LocalizationTaskStatus.Blocked,
            }])
            .Add(new ComplianceItemRequest("LGPD", "Appoint a data protection officer (encarregado) and publish the contact.", ComplianceSeverity.Critical,
                new DateOnly(2026, 12, 15), "DPO candidate interviewed."))
            .Add(new ComplianceTransitionRequest(ComplianceStatus.Compliant, null))
            .Add(item);
    }
}
