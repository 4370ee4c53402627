namespace OpsPlan.Modules.Partners.Contracts.Scorecards;

/// <summary>
/// A supplier evaluation for a quarter (<c>2026-Q3</c>): each criterion scored 1-5; weights in percent summing to 100
/// (the configured defaults, <c>Partners:ScorecardWeights</c>, when left out).
/// </summary>
public sealed record ScorecardRequest(string Period, ScoresItem Scores, ScoresItem? Weights, string? Comment) : IBodyOf<RecordScorecardCommand>;

/// <summary>One value per criterion: a score (1-5) or a weight (percent).</summary>
public sealed record ScoresItem(decimal? Quality, decimal? Delivery, decimal? Cost, decimal? Cooperation, decimal? Innovation, decimal? Compliance);

/// <summary>Records a partner's scorecard for a period (one per period: 409 <c>partners.duplicate-scorecard</c>); the partner's tier follows its latest period.</summary>
public sealed record RecordScorecardCommand(Guid PartnerId, ScorecardRequest Fields) : ICommand<ScorecardDto>;
