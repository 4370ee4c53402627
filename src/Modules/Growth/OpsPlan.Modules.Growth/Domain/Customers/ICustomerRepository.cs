using OpsPlan.Modules.Growth.Domain.Stages;

namespace OpsPlan.Modules.Growth.Domain.Customers;

internal interface ICustomerRepository
{
    Task<Customer> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Customer>> FindByExternalIdsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Customer>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> customers whose stage the passing of time has changed by <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Customer>> DueForReevaluationAsync(DateTime now, int limit, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyCollection<Customer> customers, CancellationToken cancellationToken);

    Task UpdateAsync(IReadOnlyCollection<Customer> customers, CancellationToken cancellationToken);

    /// <summary>Saves what activity and time change (stage, activity, value), not the profile.</summary>
    Task UpdateStandingAsync(IReadOnlyCollection<Customer> customers, CancellationToken cancellationToken);

    Task AddStageChangesAsync(IReadOnlyCollection<StageChange> changes, CancellationToken cancellationToken);

    /// <summary>The customer's email (null when none, or erased).</summary>
    Task<string?> EmailOfAsync(Guid id, CancellationToken cancellationToken);
}
