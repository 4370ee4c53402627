namespace OpsPlan.Modules.Overseas.Contracts.Compliance;

public sealed record GetComplianceItemQuery(Guid MarketId, Guid Id) : IQuery<ComplianceItemDto>;

/// <summary>A market's compliance items, newest first.</summary>
public sealed record ListComplianceItemsQuery(Guid MarketId, IReadOnlyList<ComplianceSeverity>? Severity = null, IReadOnlyList<ComplianceStatus>? Status = null,
    int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<ComplianceItemDto>>, IListQuery;
