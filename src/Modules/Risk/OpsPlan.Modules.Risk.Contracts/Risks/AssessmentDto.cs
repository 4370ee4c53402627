namespace OpsPlan.Modules.Risk.Contracts.Risks;

/// <summary>One re-scoring of a risk: who, when, from what to what, and why.</summary>
public sealed record AssessmentDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required Guid RiskId { get; init; }

    public required string AssessedBy { get; init; }

    public required DateTime AssessedAt { get; init; }

    public int? PreviousLikelihood { get; init; }

    public int? PreviousImpact { get; init; }

    public required int Likelihood { get; init; }

    public required int Impact { get; init; }

    public required int Score { get; init; }

    public required RiskLevel Level { get; init; }

    public int? ResidualLikelihood { get; init; }

    public int? ResidualImpact { get; init; }

    public required string Rationale { get; init; }
}
