using OpsPlan.Modules.Risk.Contracts.Risks;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks;

internal sealed class AssessmentRow
{
    public const string Columns = """
        id AS Id, risk_id AS RiskId, assessed_by AS AssessedBy, assessed_at AS AssessedAt,
        previous_likelihood AS PreviousLikelihood, previous_impact AS PreviousImpact, likelihood AS Likelihood, impact AS Impact,
        residual_likelihood AS ResidualLikelihood, residual_impact AS ResidualImpact, rationale AS Rationale
        """;

    public const string SelectFromSql = "SELECT " + Columns + " FROM risk.risk_assessments";

    public Guid Id { get; init; }

    public Guid RiskId { get; init; }

    public string AssessedBy { get; init; } = "";

    public DateTime AssessedAt { get; init; }

    public int? PreviousLikelihood { get; init; }

    public int? PreviousImpact { get; init; }

    public int Likelihood { get; init; }

    public int Impact { get; init; }

    public int? ResidualLikelihood { get; init; }

    public int? ResidualImpact { get; init; }

    public string Rationale { get; init; } = "";

    public AssessmentDto ToDto() => new()
    {
        Id = Id,
        RiskId = RiskId,
        AssessedBy = AssessedBy,
        AssessedAt = AssessedAt,
        PreviousLikelihood = PreviousLikelihood,
        PreviousImpact = PreviousImpact,
        Likelihood = Likelihood,
        Impact = Impact,
        Score = Likelihood * Impact,
        Level = RiskScore.LevelOf(Likelihood * Impact),
        ResidualLikelihood = ResidualLikelihood,
        ResidualImpact = ResidualImpact,
        Rationale = Rationale,
    };

    public static AssessmentDto ToDto(Assessment assessment) => new AssessmentRow
    {
        Id = assessment.Id,
        RiskId = assessment.RiskId,
        AssessedBy = assessment.AssessedBy,
        AssessedAt = assessment.AssessedAt,
        PreviousLikelihood = assessment.Previous?.Likelihood,
        PreviousImpact = assessment.Previous?.Impact,
        Likelihood = assessment.Inherent.Likelihood,
        Impact = assessment.Inherent.Impact,
        ResidualLikelihood = assessment.Residual?.Likelihood,
        ResidualImpact = assessment.Residual?.Impact,
        Rationale = assessment.Rationale,
    }.ToDto();
}
