namespace OpsPlan.Modules.Partners.Contracts.Scorecards;

public sealed record ScorecardDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required Guid PartnerId { get; init; }

    public required string Period { get; init; }

    public required ScoresDto Scores { get; init; }

    public required ScoresDto Weights { get; init; }

    /// <summary>Σ score × weight / 100, two places (1-5).</summary>
    public required decimal Overall { get; init; }

    public required PartnerTier RecommendedTier { get; init; }

    /// <summary>Overall minus the previous period's overall; null for the first scorecard.</summary>
    public decimal? Change { get; init; }

    public string? Comment { get; init; }

    public required string RecordedBy { get; init; }

    public required DateTime CreatedAt { get; init; }
}

public sealed record ScoresDto
{
    public required decimal Quality { get; init; }

    public required decimal Delivery { get; init; }

    public required decimal Cost { get; init; }

    public required decimal Cooperation { get; init; }

    public required decimal Innovation { get; init; }

    public required decimal Compliance { get; init; }
}
