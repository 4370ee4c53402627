namespace OpsPlan.Modules.Risk.Domain.Mitigations;

internal interface IMitigationRepository
{
    /// <summary>The risk's mitigation, or 404 (also when it belongs to another risk); 412 when <paramref name="expectedVersion"/> is stale.</summary>
    Task<Mitigation> GetAsync(Guid riskId, Guid mitigationId, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task AddAsync(Mitigation mitigation, CancellationToken cancellationToken);

    /// <summary>Saves a changed mitigation; 412 when another writer changed it first.</summary>
    Task UpdateAsync(Mitigation mitigation, CancellationToken cancellationToken);
}
