namespace OpsPlan.Modules.Risk.Contracts.Risks;

public sealed record GetRiskQuery(Guid Id) : IQuery<RiskDto>;

/// <summary>A risk's assessment history, newest first.</summary>
public sealed record ListAssessmentsQuery(Guid RiskId, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<AssessmentDto>>, IListQuery;

public sealed record GetAssessmentQuery(Guid RiskId, Guid AssessmentId) : IQuery<AssessmentDto>;

public sealed record ListRisksQuery(
    IReadOnlyList<RiskCategory>? Category = null,
    IReadOnlyList<RiskLevel>? Level = null,
    IReadOnlyList<RiskStatus>? Status = null,
    string? Owner = null,
    string? Source = null,
    string? SourceReference = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<RiskDto>>, IListQuery;
