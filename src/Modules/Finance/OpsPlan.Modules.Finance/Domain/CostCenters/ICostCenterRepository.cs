namespace OpsPlan.Modules.Finance.Domain.CostCenters;

internal interface ICostCenterRepository
{
    Task<CostCenter> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<CostCenter?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="ids"/> name a cost center.</summary>
    Task<IReadOnlySet<Guid>> ExistingAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<bool> CodeTakenAsync(string code, CancellationToken cancellationToken);

    /// <summary>The ids from <paramref name="id"/> up to its root, <paramref name="id"/> first.</summary>
    Task<IReadOnlyList<Guid>> ChainToRootAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Whether anything refers to the cost center: child cost centers, budgets or transactions.</summary>
    Task<bool> InUseAsync(Guid id, CancellationToken cancellationToken);

    Task AddAsync(CostCenter costCenter, CancellationToken cancellationToken);

    Task UpdateAsync(CostCenter costCenter, CancellationToken cancellationToken);

    Task DeleteAsync(CostCenter costCenter, CancellationToken cancellationToken);
}
