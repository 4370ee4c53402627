namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>What every list accepts: a page size, an opaque cursor, <c>updatedSince</c> for incremental sync and a sort.</summary>
public interface IListQuery
{
    /// <summary><c>-score,title</c>: keys from the list's whitelist (<see cref="SortKey"/>); null for the default order.</summary>
    string? Sort => null;

    int? Limit { get; }

    string? Cursor { get; }

    DateTime? UpdatedSince { get; }
}
