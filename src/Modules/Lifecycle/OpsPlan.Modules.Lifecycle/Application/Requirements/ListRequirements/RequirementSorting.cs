namespace OpsPlan.Modules.Lifecycle.Application.Requirements.ListRequirements;

/// <summary>What a product's requirements may be sorted by besides created and updated times.</summary>
internal static class RequirementSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<RequirementRow, string>("title", "title", row => row.Title),
    ];
}
