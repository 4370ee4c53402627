namespace OpsPlan.Modules.Risk.Contracts.Risks;

public sealed record ListRisksQuery(
    RiskCategory? Category = null,
    RiskLevel? Level = null,
    RiskStatus? Status = null,
    string? Owner = null,
    string? Source = null,
    string? SourceReference = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null) : IQuery<Page<RiskDto>>, IListQuery;
