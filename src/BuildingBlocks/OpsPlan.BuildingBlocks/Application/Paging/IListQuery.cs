namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>What every list accepts: a page size, an opaque cursor, and <c>updatedSince</c> for incremental sync.</summary>
public interface IListQuery
{
    int? Limit { get; }

    string? Cursor { get; }

    DateTime? UpdatedSince { get; }
}
