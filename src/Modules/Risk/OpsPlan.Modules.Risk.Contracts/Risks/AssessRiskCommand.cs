namespace OpsPlan.Modules.Risk.Contracts.Risks;

/// <summary>Re-scores a risk and keeps the assessment in its history; an identified risk becomes assessed.</summary>
public sealed record AssessRiskCommand(
    Guid RiskId,
    long? ExpectedVersion,
    int Likelihood,
    int Impact,
    int? ResidualLikelihood,
    int? ResidualImpact,
    string Rationale) : ICommand<AssessmentDto>;

/// <summary>The body of an assessment.</summary>
public sealed record AssessRiskRequest(int Likelihood, int Impact, int? ResidualLikelihood, int? ResidualImpact, string Rationale);
