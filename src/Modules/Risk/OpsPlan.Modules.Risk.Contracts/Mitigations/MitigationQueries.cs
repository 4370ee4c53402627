namespace OpsPlan.Modules.Risk.Contracts.Mitigations;

public sealed record GetMitigationQuery(Guid RiskId, Guid MitigationId) : IQuery<MitigationDto>;

/// <summary>Mitigations across risks: the overdue list is <c>overdue=true</c>.</summary>
public sealed record ListMitigationsQuery(
    Guid? RiskId = null,
    bool? Overdue = null,
    IReadOnlyList<MitigationStatus>? Status = null,
    string? Owner = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<MitigationDto>>, IListQuery;
