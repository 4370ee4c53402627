namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>
/// One page of a list; <see cref="NextCursor"/> is null on the last page. A list of changes (<c>updatedSince</c> or a
/// sync cursor) also gives <see cref="SyncCursor"/>: the position after the last change it returned, to send back as
/// <c>cursor</c> later and get only what changed since, without duplicates or gaps.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor, string? SyncCursor = null);
