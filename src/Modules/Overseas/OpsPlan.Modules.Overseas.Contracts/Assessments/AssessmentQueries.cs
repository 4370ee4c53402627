namespace OpsPlan.Modules.Overseas.Contracts.Assessments;

/// <summary>A market's assessments, newest version first.</summary>
public sealed record ListMarketAssessmentsQuery(Guid MarketId) : IQuery<IReadOnlyList<MarketAssessmentDto>>;
