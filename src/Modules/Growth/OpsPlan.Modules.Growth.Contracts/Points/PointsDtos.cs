namespace OpsPlan.Modules.Growth.Contracts.Points;

/// <summary>
/// One ledger entry: <c>points</c> is signed (earned positive, redeemed and expired negative); <c>balance</c> is the
/// balance just after it.
/// </summary>
public sealed record PointsEntryDto(Guid Id, Guid CustomerId, string Key, PointsEntryKind Kind, long Points, PointsSource Source, Guid? SourceId, string Reason,
    DateTime OccurredAt, long Balance);

/// <summary>An entry, and whether this request added it (a repeated key returns the first one).</summary>
public sealed record PointsEntryRecordDto(PointsEntryDto Entry, bool Created);

/// <summary>A customer's points: <c>balance</c> = earned − redeemed − expired, the sum of the ledger.</summary>
public sealed record PointsBalanceDto(Guid CustomerId, long Balance, long Earned, long Redeemed, long Expired, DateTime? UpdatedAt);
