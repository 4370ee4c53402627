namespace OpsPlan.Modules.Overseas.Contracts.Assessments;

public sealed record MarketAssessmentDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required Guid MarketId { get; init; }

    public required int Version { get; init; }

    public required IReadOnlyList<AssessmentFactorDto> Factors { get; init; }

    public required decimal Attractiveness { get; init; }

    public required decimal Risk { get; init; }

    public required decimal Combined { get; init; }

    public required string AssessedBy { get; init; }

    public required DateTime CreatedAt { get; init; }
}

public sealed record AssessmentFactorDto
{
    public required AssessmentFactor Factor { get; init; }

    public required int Score { get; init; }

    public required decimal Weight { get; init; }

    public string? Evidence { get; init; }

    /// <summary>Whether a high score makes the market less attractive (competition, regulatory complexity, cultural distance, entry cost).</summary>
    public required bool CountsAgainst { get; init; }
}
