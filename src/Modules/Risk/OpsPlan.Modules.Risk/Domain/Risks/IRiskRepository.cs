namespace OpsPlan.Modules.Risk.Domain.Risks;

internal interface IRiskRepository
{
    /// <summary>The risk, or 404; with <paramref name="expectedVersion"/> also 412 when it has changed since.</summary>
    Task<Risk> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    /// <summary>The risk a module raised about <paramref name="sourceReference"/>, if any: there is at most one.</summary>
    Task<Risk?> FindBySourceAsync(string source, string sourceReference, CancellationToken cancellationToken);

    Task AddAsync(Risk risk, CancellationToken cancellationToken);

    /// <summary>Saves a changed risk; 412 when another writer changed it first.</summary>
    Task UpdateAsync(Risk risk, CancellationToken cancellationToken);

    Task AddAssessmentAsync(Assessment assessment, CancellationToken cancellationToken);
}
