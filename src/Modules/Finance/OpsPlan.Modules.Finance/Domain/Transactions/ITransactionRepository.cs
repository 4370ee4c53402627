namespace OpsPlan.Modules.Finance.Domain.Transactions;

internal interface ITransactionRepository
{
    Task<bool> ExternalIdTakenAsync(string externalId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Transaction>> FindByExternalIdsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyCollection<Transaction> transactions, CancellationToken cancellationToken);

    /// <summary>Saves replaced transactions, each only if still at the version it was read at.</summary>
    Task UpdateAsync(IReadOnlyCollection<Transaction> transactions, CancellationToken cancellationToken);
}
