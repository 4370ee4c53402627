namespace OpsPlan.Modules.Partners.Contracts.Scorecards;

/// <summary>A partner's scorecards, oldest period first, each with its change from the one before: the trend.</summary>
public sealed record ListScorecardsQuery(Guid PartnerId) : IQuery<IReadOnlyList<ScorecardDto>>;
