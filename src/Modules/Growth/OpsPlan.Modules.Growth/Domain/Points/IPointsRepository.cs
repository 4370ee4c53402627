using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Points;

internal interface IPointsRepository
{
    Task<PointsEntry?> FindByKeyAsync(Guid customerId, string key, CancellationToken cancellationToken);

    /// <summary>Adds earned points to the balance (opening the account on the first entry); returns the new balance.</summary>
    Task<long> EarnAsync(Guid customerId, long points, DateTime now, CancellationToken cancellationToken);

    /// <summary>
    /// Takes points in one statement that first checks the balance covers them, so concurrent takers can never drive it
    /// below zero; returns the new balance, or null when the balance is short.
    /// </summary>
    Task<long?> TryTakeAsync(Guid customerId, PointsEntryKind kind, long points, DateTime now, CancellationToken cancellationToken);

    Task<long> BalanceAsync(Guid customerId, CancellationToken cancellationToken);

    Task AddEntryAsync(PointsEntry entry, CancellationToken cancellationToken);
}
