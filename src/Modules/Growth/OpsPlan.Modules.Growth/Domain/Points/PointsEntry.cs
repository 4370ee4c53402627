using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Points;

/// <summary>One line of a customer's points ledger; <see cref="Points"/> is signed and <see cref="Balance"/> is the balance just after it.</summary>
internal sealed record PointsEntry(Guid Id, Guid CustomerId, string Key, PointsEntryKind Kind, long Points, PointsSource Source, Guid? SourceId, string Reason,
    DateTime OccurredAt, long Balance)
{
    /// <summary>Whether a repeat of the key asks for the same thing (kind and size), so it may be answered with this entry.</summary>
    public bool Repeats(PointsEntryKind kind, long points) => Kind == kind && Math.Abs(Points) == points;
}
