using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Agreements;
using OpsPlan.Modules.Partners.Contracts.DueDiligence;
using OpsPlan.Modules.Partners.Contracts.Partners;
using OpsPlan.Modules.Partners.Contracts.Scorecards;
using OpsPlan.Modules.Partners.Contracts.Sla;

namespace OpsPlan.Api.Endpoints.Partners;

/// <summary>Swagger UI's example bodies for the partners module.</summary>
internal static class PartnersExamples
{
    private static readonly Guid Partner = Guid.Parse("019ad000-0000-7000-8000-000000000201");
    private static readonly Guid Agreement = Guid.Parse("019ad000-0000-7000-8000-000000000202");
    private static readonly DateTime At = new(2026, 10, 5, 8, 30, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples)
    {
        var scorecard = new ScorecardDto
        {
            Id = Guid.Parse("019ad000-0000-7000-8000-000000000205"), PartnerId = Partner, Period = "2026-Q3",
            Scores = new ScoresDto { Quality = 4.5m, Delivery = 4, Cost = 3, Cooperation = 5, Innovation = 3.5m, Compliance = 4 },
            Weights = new ScoresDto { Quality = 25, Delivery = 20, Cost = 20, Cooperation = 15, Innovation = 10, Compliance = 10 },
            Overall = 4.03m, RecommendedTier = PartnerTier.Preferred, Change = 0.25m, Comment = "Strong support; pricing above market.",
            RecordedBy = "procurement@example.com", CreatedAt = At,
        };
        var item = new DueDiligenceItemDto
        {
            Id = Guid.Parse("019ad000-0000-7000-8000-000000000204"), PartnerId = Partner, Area = DueDiligenceArea.Security,
            Title = "Security: controls, certifications and data protection assessed", Required = true, Status = DueDiligenceStatus.Approved,
            Evidence = "ISO 27001 certificate 2026-0042, valid to 2028-03.", Reviewer = "ciso@example.com", ReviewedAt = At, ReviewNote = "Certificate checked with the issuer.",
            CreatedAt = At, UpdatedAt = At, Version = 3,
        };
        var contact = new ContactDto { Name = "Mei Lin", Role = "Account manager", Email = "mei.lin@cloudhost.example" };
        examples
            .Add(new PartnerRequest("CloudHost Asia", PartnerType.Technology, "SG", [new ContactItem("Mei Lin", "Account manager", "mei.lin@cloudhost.example")],
                "Managed hosting for the APAC region."))
            .Add(new PartnerDto
            {
                Id = Partner, Name = "CloudHost Asia", Type = PartnerType.Technology, Country = "SG", Contacts = [contact], Description = "Managed hosting for the APAC region.",
                Status = PartnerStatus.Active, StatusChangedAt = At, Tier = PartnerTier.Preferred, CreatedAt = At, UpdatedAt = At, Version = 6,
            })
            .Add(new PartnerStatusTransitionRequest(PartnerStatus.Active, "Due diligence approved; contract signed."))
            .Add(new PartnerStatusChangeDto
            {
                Id = Guid.Parse("019ad000-0000-7000-8000-000000000203"), From = PartnerStatus.Onboarding, To = PartnerStatus.Active, ChangedAt = At,
                ChangedBy = "procurement@example.com", Reason = "Due diligence approved; contract signed.",
            })
            .Add(new PartnersSummaryDto
            {
                Total = 412,
                ByType = [new CountDto { Key = "technology", Count = 120 }, new CountDto { Key = "supplier", Count = 292 }],
                ByTier = [new CountDto { Key = "preferred", Count = 80 }, new CountDto { Key = "none", Count = 332 }],
                ByStatus = [new CountDto { Key = "active", Count = 301 }, new CountDto { Key = "prospect", Count = 111 }],
                ByCountry = [new CountDto { Key = "DE", Count = 140 }, new CountDto { Key = "SG", Count = 36 }],
            })
            .Add(new PartnerSpendDto
            {
                PartnerId = Partner, From = new DateOnly(2026, 9, 1), To = new DateOnly(2026, 10, 31), Currency = "EUR", Spent = Money.Of(48_200m, "EUR"),
                Received = Money.Of(0m, "EUR"),
                Months =
                [
                    new PartnerSpendMonthDto { Month = new DateOnly(2026, 9, 1), Spent = Money.Of(24_000m, "EUR"), Received = Money.Of(0m, "EUR") },
                    new PartnerSpendMonthDto { Month = new DateOnly(2026, 10, 1), Spent = Money.Of(24_200m, "EUR"), Received = Money.Of(0m, "EUR") },
                ],
            })
            .Add(new DueDiligenceItemRequest("Data-processing agreement signed", true))
            .Add(new DueDiligenceEvidenceRequest("ISO 27001 certificate 2026-0042, valid to 2028-03."))
            .Add(new DueDiligenceReviewRequest(DueDiligenceDecision.Approved, "Certificate checked with the issuer."))
            .Add(item)
            .Add<IReadOnlyList<DueDiligenceItemDto>>([item])
            .Add(new AgreementRequest("APAC hosting 2026-2028", AgreementType.Outsourcing, new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), Money.Of(480_000m, "EUR"),
                true, 90, [new SlaTargetItem(SlaMetric.UptimePercent, 99.9m, SlaComparison.AtLeast), new SlaTargetItem(SlaMetric.ResponseHours, 4m, SlaComparison.AtMost)]))
            .Add(new AgreementDto
            {
                Id = Agreement, PartnerId = Partner, Title = "APAC hosting 2026-2028", Type = AgreementType.Outsourcing, StartDate = new DateOnly(2026, 1, 1),
                EndDate = new DateOnly(2027, 12, 31), Value = Money.Of(480_000m, "EUR"), AutoRenew = true, NoticeDays = 90, NoticeDeadline = new DateOnly(2027, 10, 2),
                State = AgreementState.Active,
                SlaTargets = [new SlaTargetDto { Metric = SlaMetric.UptimePercent, Target = 99.9m, Comparison = SlaComparison.AtLeast }],
                CreatedAt = At, UpdatedAt = At, Version = 1,
            })
            .Add<IReadOnlyList<ExpiringAgreementDto>>([new ExpiringAgreementDto
            {
                AgreementId = Agreement, PartnerId = Partner, PartnerName = "CloudHost Asia", Title = "APAC hosting 2026-2028", EndDate = new DateOnly(2027, 12, 31),
                DaysLeft = 58, AutoRenew = true, NoticeDeadline = new DateOnly(2027, 10, 2), DaysToNoticeDeadline = -32, Value = Money.Of(480_000m, "EUR"),
            }])
            .Add(new ExpiringNotificationDto(At, 2))
            .Add(new SlaMeasurementsBatchRequest([new SlaMeasurementItem(Agreement, SlaMetric.UptimePercent, "2026-09", 99.72m)]))
            .Add<IReadOnlyList<SlaMeasurementDto>>([new SlaMeasurementDto
            {
                AgreementId = Agreement, Metric = SlaMetric.UptimePercent, Period = "2026-09", Value = 99.72m, Target = 99.9m, Comparison = SlaComparison.AtLeast, Met = false,
                UpdatedAt = At,
            }])
            .Add(new PartnerSlaDto
            {
                PartnerId = Partner, From = "2026-01", To = "2026-09",
                Metrics =
                [
                    new SlaMetricComplianceDto
                    {
                        Metric = SlaMetric.UptimePercent, Measurements = 9, Breaches = 1, CompliancePercent = 88.89m,
                        Periods = [new SlaPeriodComplianceDto { Period = "2026-09", Measurements = 1, Breaches = 1, CompliancePercent = 0 }],
                    },
                ],
            })
            .Add(new ScorecardRequest("2026-Q3", new ScoresItem(4.5m, 4m, 3m, 5m, 3.5m, 4m), new ScoresItem(25m, 20m, 20m, 15m, 10m, 10m), "Strong support; pricing above market."))
            .Add(scorecard)
            .Add<IReadOnlyList<ScorecardDto>>([scorecard]);
    }
}
