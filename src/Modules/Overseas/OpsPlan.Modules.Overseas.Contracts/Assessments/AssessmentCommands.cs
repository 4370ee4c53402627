namespace OpsPlan.Modules.Overseas.Contracts.Assessments;

/// <summary>
/// A new version of a market's assessment: each of the eight factors exactly once, scored 1-5 with its evidence;
/// weights in percent, on every factor summing to 100, or on none (then <c>Overseas:AssessmentWeights</c>).
/// </summary>
public sealed record MarketAssessmentRequest(IReadOnlyList<AssessmentFactorItem> Factors) : IBodyOf<RecordAssessmentCommand>;

public sealed record AssessmentFactorItem(AssessmentFactor? Factor, int? Score, decimal? Weight, string? Evidence);

public sealed record RecordAssessmentCommand(Guid MarketId, MarketAssessmentRequest Fields) : ICommand<MarketAssessmentDto>;
