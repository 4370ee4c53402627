namespace OpsPlan.BuildingBlocks.Application.Paging;

public static class ListPaging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>
    /// Incremental sync (<c>updatedSince</c>, or a sync cursor alone) reads oldest change first; browsing reads newest
    /// first. A cursor keeps the order of the list that issued it.
    /// </summary>
    public static PageOrder OrderOf(IListQuery query) =>
        PageCursor.TryDecode(query.Cursor, out var cursor) ? cursor!.Order
        : query.UpdatedSince is null ? PageOrder.CreatedDescending : PageOrder.UpdatedAscending;
}
