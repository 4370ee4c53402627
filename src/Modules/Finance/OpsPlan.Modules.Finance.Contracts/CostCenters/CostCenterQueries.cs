namespace OpsPlan.Modules.Finance.Contracts.CostCenters;

public sealed record GetCostCenterQuery(Guid Id) : IQuery<CostCenterDto>;

/// <summary>Cost centers; <c>parentId</c> lists one node's children, <c>roots=true</c> the top of the tree.</summary>
public sealed record ListCostCentersQuery(
    Guid? ParentId = null,
    bool? Roots = null,
    bool? Archived = null,
    string? Code = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<CostCenterDto>>, IListQuery;
