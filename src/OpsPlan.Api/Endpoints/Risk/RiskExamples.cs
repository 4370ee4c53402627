using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Api.Endpoints.Risk;

/// <summary>The example bodies Swagger UI shows (and pre-fills for "Try it out") for the Risk module.</summary>
internal static class RiskExamples
{
    private static readonly Guid RiskId = Guid.Parse("019a5f3e-8d2c-7b41-9e0a-3c5d7f9b1a2e");
    private static readonly DateTime Created = new(2026, 11, 2, 9, 30, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples) => examples
        .Add(new CreateRiskCommand("Payment provider outage during peak season", "Our single card processor has had two outages this year.",
            RiskCategory.Partner, "cfo@example.com", 3, 5, 2, 4, new DateOnly(2026, 12, 15)))
        .Add(new UpdateRiskRequest("Payment provider outage during peak season", "Second processor contracted; failover untested.",
            RiskCategory.Partner, "cto@example.com", new DateOnly(2027, 1, 15)))
        .Add(new RiskStatusTransitionRequest(RiskStatus.Mitigating, "Failover project approved."))
        .Add(new AssessRiskRequest(2, 5, 1, 4, "Second processor live for 30% of traffic."))
        .Add(new RiskDto
        {
            Id = RiskId,
            Title = "Payment provider outage during peak season",
            Description = "Our single card processor has had two outages this year.",
            Category = RiskCategory.Partner,
            Owner = "cfo@example.com",
            Likelihood = 3,
            Impact = 5,
            Score = 15,
            Level = RiskLevel.High,
            ResidualLikelihood = 2,
            ResidualImpact = 4,
            ResidualScore = 8,
            ResidualLevel = RiskLevel.Medium,
            Status = RiskStatus.Identified,
            NextReviewDate = new DateOnly(2026, 12, 15),
            Source = "manual",
            CreatedAt = Created,
            UpdatedAt = Created,
            Version = 1,
        })
        .Add(new AssessmentDto
        {
            Id = Guid.Parse("019a5f40-1b7e-7c3d-8f21-6a4b2c9d0e13"),
            RiskId = RiskId,
            AssessedBy = "risk.manager@example.com",
            AssessedAt = Created.AddDays(3),
            PreviousLikelihood = 3,
            PreviousImpact = 5,
            Likelihood = 2,
            Impact = 5,
            Score = 10,
            Level = RiskLevel.High,
            ResidualLikelihood = 1,
            ResidualImpact = 4,
            Rationale = "Second processor live for 30% of traffic.",
        });
}
