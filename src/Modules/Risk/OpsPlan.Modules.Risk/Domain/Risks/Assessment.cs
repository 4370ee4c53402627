namespace OpsPlan.Modules.Risk.Domain.Risks;

/// <summary>One re-scoring, kept forever for traceability.</summary>
internal sealed record Assessment(
    Guid Id,
    Guid RiskId,
    string AssessedBy,
    DateTime AssessedAt,
    RiskScore? Previous,
    RiskScore Inherent,
    RiskScore? Residual,
    string Rationale);
