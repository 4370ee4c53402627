namespace OpsPlan.Modules.Lifecycle.Application.Products.ListProducts;

/// <summary>What the product list may be sorted by besides created and updated times.</summary>
internal static class ProductSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<ProductRow, string>("name", "name", row => row.Name),
        SortKey.Of<ProductRow, DateTime>("stageChangedAt", "stage_changed_at", row => row.StageChangedAt),
    ];
}
