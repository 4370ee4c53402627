namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>A row a keyset list pages over: newest first by <see cref="CreatedAt"/>, by <see cref="UpdatedAt"/> for incremental sync, or in a requested sort.</summary>
public interface IListRow
{
    Guid Id { get; }

    DateTime CreatedAt { get; }

    DateTime UpdatedAt { get; }
}
