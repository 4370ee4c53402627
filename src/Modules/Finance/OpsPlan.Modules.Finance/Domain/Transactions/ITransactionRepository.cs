using OpsPlan.Modules.Finance.Contracts;

namespace OpsPlan.Modules.Finance.Domain.Transactions;

internal interface ITransactionRepository
{
    Task<bool> ExternalIdTakenAsync(string externalId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Transaction>> FindByExternalIdsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyCollection<Transaction> transactions, CancellationToken cancellationToken);

    /// <summary>Saves replaced transactions, each only if still at the version it was read at.</summary>
    Task UpdateAsync(IReadOnlyCollection<Transaction> transactions, CancellationToken cancellationToken);

    /// <summary>Adds signed amounts to the monthly spend totals (a negative delta takes a replaced transaction out).</summary>
    Task AddToMonthlyTotalsAsync(IReadOnlyCollection<MonthlySpendDelta> deltas, CancellationToken cancellationToken);
}

/// <summary>A change to one cost center's spend in one category, month (its first day) and currency.</summary>
internal sealed record MonthlySpendDelta(Guid CostCenterId, string Category, DateOnly Month, string Currency, long InflowMinor, long OutflowMinor)
{
    public static IReadOnlyList<MonthlySpendDelta> Of(IEnumerable<(TransactionDetails Details, int Sign)> effects) => effects
        .GroupBy(effect => (effect.Details.CostCenterId, effect.Details.Category, Month: new DateOnly(effect.Details.OccurredOn.Year, effect.Details.OccurredOn.Month, 1),
            effect.Details.Amount.Currency))
        .Select(group => new MonthlySpendDelta(group.Key.CostCenterId, EnumText.ToText(group.Key.Category), group.Key.Month, group.Key.Currency,
            group.Where(effect => effect.Details.Direction == TransactionDirection.Inflow).Sum(effect => effect.Sign * effect.Details.Amount.MinorUnits),
            group.Where(effect => effect.Details.Direction == TransactionDirection.Outflow).Sum(effect => effect.Sign * effect.Details.Amount.MinorUnits)))
        .Where(delta => delta.InflowMinor != 0 || delta.OutflowMinor != 0)
        .ToList();
}
