namespace OpsPlan.Modules.Lifecycle.Domain.Requirements;

internal interface IRequirementRepository
{
    Task<Requirement> GetAsync(Guid productId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    /// <summary>The product's requirements among <paramref name="ids"/>; ids of other products' requirements are simply not found.</summary>
    Task<IReadOnlyList<Requirement>> FindAsync(Guid productId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task AddAsync(Requirement requirement, CancellationToken cancellationToken);

    Task UpdateAsync(IReadOnlyCollection<Requirement> requirements, CancellationToken cancellationToken);
}
