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

/// <summary>A risk in the register, with its inherent score (likelihood × impact) and the residual score after mitigation.</summary>
public sealed record RiskDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required RiskCategory Category { get; init; }

    public required string Owner { get; init; }

    public required int Likelihood { get; init; }

    public required int Impact { get; init; }

    public required int Score { get; init; }

    public required RiskLevel Level { get; init; }

    public int? ResidualLikelihood { get; init; }

    public int? ResidualImpact { get; init; }

    public int? ResidualScore { get; init; }

    public RiskLevel? ResidualLevel { get; init; }

    public required RiskStatus Status { get; init; }

    public DateOnly? NextReviewDate { get; init; }

    /// <summary><c>manual</c>, or the module that raised the risk automatically.</summary>
    public required string Source { get; init; }

    /// <summary>What in the source module the risk is about (a budget line, a partner); unique per source.</summary>
    public string? SourceReference { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}
