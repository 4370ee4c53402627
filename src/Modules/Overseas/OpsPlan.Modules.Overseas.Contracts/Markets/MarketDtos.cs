namespace OpsPlan.Modules.Overseas.Contracts.Markets;

public sealed record MarketDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Country { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    public required string Currency { get; init; }

    public required string Owner { get; init; }

    public DateOnly? TargetLaunchDate { get; init; }

    public required MarketStage Stage { get; init; }

    public required DateTime StageChangedAt { get; init; }

    /// <summary>Where a paused market returns to.</summary>
    public MarketStage? PausedFrom { get; init; }

    /// <summary>The latest assessment's scores, or null before the first.</summary>
    public MarketScoresDto? Scores { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>A market's scores (1-5): attractiveness (its opportunity), risk (what counts against it) and the two combined.</summary>
public sealed record MarketScoresDto
{
    public required int AssessmentVersion { get; init; }

    public required decimal Attractiveness { get; init; }

    public required decimal Risk { get; init; }

    public required decimal Combined { get; init; }

    public required DateTime AssessedAt { get; init; }
}

public sealed record MarketStageChangeDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public MarketStage? From { get; init; }

    public required MarketStage To { get; init; }

    public required DateTime ChangedAt { get; init; }

    public required string ChangedBy { get; init; }

    public required string Reason { get; init; }
}

public sealed record MarketPipelineDto
{
    public required DateOnly AsOf { get; init; }

    /// <summary>Every stage in workflow order, empty ones included.</summary>
    public required IReadOnlyList<PipelineStageDto> Stages { get; init; }
}

public sealed record PipelineStageDto
{
    public required MarketStage Stage { get; init; }

    public required int Count { get; init; }

    public required IReadOnlyList<PipelineMarketDto> Markets { get; init; }
}

public sealed record PipelineMarketDto
{
    public required Guid MarketId { get; init; }

    public required string Country { get; init; }

    public required string Name { get; init; }

    public required string Owner { get; init; }

    public required decimal ReadinessPercent { get; init; }

    public required int OpenCriticalGaps { get; init; }

    public DateOnly? TargetLaunchDate { get; init; }

    /// <summary>Days from today to the target launch; negative when it has passed; null without a target.</summary>
    public int? DaysToTargetLaunch { get; init; }
}

public sealed record MarketRankingDto
{
    public required RankingBasis By { get; init; }

    public required IReadOnlyList<RankedMarketDto> Markets { get; init; }

    /// <summary>Markets without an assessment, which cannot be ranked yet.</summary>
    public required IReadOnlyList<Guid> Unassessed { get; init; }

    /// <summary>Null when Finance lacks an exchange rate the inflows need; <see cref="ConcentrationUnavailable"/> says which.</summary>
    public RevenueConcentrationDto? Concentration { get; init; }

    public string? ConcentrationUnavailable { get; init; }
}

public sealed record RankedMarketDto
{
    /// <summary>1 for the best; equal scores share a rank (1, 2, 2, 4). For risk, the lowest risk ranks first.</summary>
    public required int Rank { get; init; }

    public required Guid MarketId { get; init; }

    public required string Country { get; init; }

    public required MarketStage Stage { get; init; }

    public required MarketScoresDto Scores { get; init; }
}

/// <summary>
/// How much of the revenue each live market (launch, scale) brings, from Finance's inflows by market over the last
/// months: shares in percent and the Herfindahl index HHI = Σ share² (shares in percent, 0-10,000).
/// </summary>
public sealed record RevenueConcentrationDto
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required string Currency { get; init; }

    public required Money Total { get; init; }

    public required IReadOnlyList<MarketShareDto> Markets { get; init; }

    public required decimal HerfindahlIndex { get; init; }

    public required ConcentrationLevel Level { get; init; }
}

public sealed record MarketShareDto
{
    public required string Country { get; init; }

    public required Money Inflow { get; init; }

    public required decimal SharePercent { get; init; }
}
