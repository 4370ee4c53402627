namespace OpsPlan.Modules.Lifecycle.Contracts.Requirements;

public sealed record GetRequirementQuery(Guid ProductId, Guid Id) : IQuery<RequirementDto>;

/// <summary>A product's requirements, newest first; with <c>updatedSince</c>, oldest change first.</summary>
public sealed record ListRequirementsQuery(
    Guid ProductId,
    IReadOnlyList<RequirementStatus>? Status = null,
    IReadOnlyList<RequirementPriority>? Priority = null,
    string? TargetVersion = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null,
    string? Sort = null) : IQuery<Page<RequirementDto>>, IListQuery;
