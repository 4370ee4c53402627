namespace OpsPlan.Modules.Risk.Contracts.Risks;

/// <summary>A risk's assessment history, newest first.</summary>
public sealed record ListAssessmentsQuery(Guid RiskId, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null)
    : IQuery<Page<AssessmentDto>>, IListQuery;

public sealed record GetAssessmentQuery(Guid RiskId, Guid AssessmentId) : IQuery<AssessmentDto>;
