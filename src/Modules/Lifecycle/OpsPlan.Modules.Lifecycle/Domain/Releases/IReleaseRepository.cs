namespace OpsPlan.Modules.Lifecycle.Domain.Releases;

internal interface IReleaseRepository
{
    Task<bool> VersionTakenAsync(Guid productId, string version, CancellationToken cancellationToken);

    Task AddAsync(Release release, CancellationToken cancellationToken);
}
