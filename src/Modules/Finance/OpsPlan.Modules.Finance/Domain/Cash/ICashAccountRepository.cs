namespace OpsPlan.Modules.Finance.Domain.Cash;

internal interface ICashAccountRepository
{
    Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, CashAccount>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task AddAsync(CashAccount account, CancellationToken cancellationToken);

    /// <summary>Adds signed inflow and outflow amounts to the accounts' daily totals (a negative delta takes a replaced transaction out).</summary>
    Task AddToDailyTotalsAsync(IReadOnlyCollection<DailyCashDelta> deltas, CancellationToken cancellationToken);
}

internal sealed record DailyCashDelta(Guid CashAccountId, DateOnly Day, long InflowMinor, long OutflowMinor);
