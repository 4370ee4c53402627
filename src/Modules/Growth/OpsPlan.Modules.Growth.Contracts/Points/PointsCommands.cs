namespace OpsPlan.Modules.Growth.Contracts.Points;

/// <summary>
/// Adds one ledger entry: <c>earn</c> adds points, <c>redeem</c> and <c>expire</c> take them (never below zero: 409
/// <c>growth.insufficient-points</c>). <c>key</c> is the client's: the same key again returns the first entry and
/// changes nothing; the same key with other figures is 409 <c>growth.points-key-reused</c>.
/// </summary>
public sealed record RecordPointsEntryCommand(Guid CustomerId, string Key, PointsEntryKind? Kind, long Points, string Reason) : ICommand<PointsEntryRecordDto>;

/// <summary>The body of a ledger entry.</summary>
public sealed record PointsEntryRequest(string Key, PointsEntryKind? Kind, long Points, string Reason) : IBodyOf<RecordPointsEntryCommand>
{
    public RecordPointsEntryCommand ToCommand(Guid customerId) => new(customerId, Key, Kind, Points, Reason);
}
