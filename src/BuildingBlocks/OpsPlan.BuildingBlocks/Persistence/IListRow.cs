namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>A row a keyset list pages over: newest first by <see cref="CreatedAt"/>, or by <see cref="UpdatedAt"/> for incremental sync.</summary>
public interface IListRow
{
    Guid Id { get; }

    DateTime CreatedAt { get; }

    DateTime UpdatedAt { get; }
}
