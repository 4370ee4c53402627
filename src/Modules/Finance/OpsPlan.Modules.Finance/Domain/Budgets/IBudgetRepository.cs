namespace OpsPlan.Modules.Finance.Domain.Budgets;

internal interface IBudgetRepository
{
    Task<Budget> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<bool> PeriodTakenAsync(Guid costCenterId, string period, CancellationToken cancellationToken);

    /// <summary>The approved budgets of these cost centers whose period overlaps <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<Budget>> ApprovedForAsync(IReadOnlyCollection<Guid> costCenterIds, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    Task AddAsync(Budget budget, CancellationToken cancellationToken);

    /// <summary>Saves the budget and its lines, if it is still at the version it was read at.</summary>
    Task UpdateAsync(Budget budget, CancellationToken cancellationToken);

    /// <summary>Saves the alert states of the lines only: bookkeeping of what was published, not a change a user made.</summary>
    Task SaveLineStatesAsync(Budget budget, CancellationToken cancellationToken);

    Task AddRevisionAsync(BudgetRevision revision, CancellationToken cancellationToken);
}
