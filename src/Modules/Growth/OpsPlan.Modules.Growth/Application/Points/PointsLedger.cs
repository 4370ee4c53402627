using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Points;

namespace OpsPlan.Modules.Growth.Application.Points;

/// <summary>
/// Every change of points goes through here, in the caller's transaction: an entry per change, idempotent by its key,
/// and a balance that is always the ledger's sum and never below zero.
/// </summary>
internal sealed class PointsLedger(IPointsRepository points)
{
    public const string Insufficient = "growth.insufficient-points";
    public const string KeyReused = "growth.points-key-reused";

    /// <summary>Records the entry, or returns the one its key already recorded (<c>Created</c> false).</summary>
    public async Task<(PointsEntry Entry, bool Created)> RecordAsync(Guid customerId, string key, PointsEntryKind kind, long amount, PointsSource source, Guid? sourceId,
        string reason, DateTime now, CancellationToken cancellationToken)
    {
        if (await points.FindByKeyAsync(customerId, key, cancellationToken) is { } earlier)
        {
            return earlier.Repeats(kind, amount) ? (earlier, false) : throw new BusinessRuleException(KeyReused,
                $"The key '{key}' already recorded {EnumText.ToText(earlier.Kind)} {Math.Abs(earlier.Points)} points.",
                ["Use a new key for a new entry; repeat a key only to retry the same entry."]);
        }

        long balance;
        if (kind == PointsEntryKind.Earn)
        {
            balance = await points.EarnAsync(customerId, amount, now, cancellationToken);
        }
        else
        {
            balance = await points.TryTakeAsync(customerId, kind, amount, now, cancellationToken)
                ?? throw new BusinessRuleException(Insufficient, $"The customer has {await points.BalanceAsync(customerId, cancellationToken)} points; {amount} were asked for.",
                    ["A balance never goes below zero."]);
        }

        var entry = new PointsEntry(Ids.New(), customerId, key, kind, kind == PointsEntryKind.Earn ? amount : -amount, source, sourceId, reason, now, balance);
        await points.AddEntryAsync(entry, cancellationToken);
        return (entry, true);
    }
}
