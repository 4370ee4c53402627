namespace OpsPlan.Modules.Growth.Contracts.Points;

public sealed record GetPointsBalanceQuery(Guid CustomerId) : IQuery<PointsBalanceDto>;

/// <summary>A customer's ledger, newest first.</summary>
public sealed record ListPointsEntriesQuery(Guid CustomerId, PointsEntryKind? Kind = null, int? Limit = null, string? Cursor = null) : IQuery<Page<PointsEntryDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;
}
