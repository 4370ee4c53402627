namespace OpsPlan.Modules.Lifecycle.Contracts.Releases;

public sealed record GetReleaseQuery(Guid ProductId, Guid Id) : IQuery<ReleaseDto>;

/// <summary>A product's releases, newest first (by release date); <c>sort</c> may also order by version text or creation.</summary>
public sealed record ListReleasesQuery(Guid ProductId, IReadOnlyList<ReleaseType>? Type = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null,
    string? Sort = null) : IQuery<Page<ReleaseDto>>, IListQuery;
