namespace OpsPlan.Modules.Lifecycle.Domain.Experiments;

internal interface IExperimentRepository
{
    Task<Experiment> GetAsync(Guid productId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Experiment>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task AddAsync(Experiment experiment, CancellationToken cancellationToken);

    /// <summary>Saves the experiment and its variants, at the version it was read at.</summary>
    Task UpdateAsync(Experiment experiment, CancellationToken cancellationToken);
}
