namespace OpsPlan.BuildingBlocks.Application.Paging;

public static class ListPaging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Incremental sync (<c>updatedSince</c>) reads oldest change first; browsing reads newest first.</summary>
    public static PageOrder OrderOf(IListQuery query) =>
        query.UpdatedSince is null ? PageOrder.CreatedDescending : PageOrder.UpdatedAscending;
}
