namespace OpsPlan.Modules.Finance.Application.CostCenters.ListCostCenters;

/// <summary>What cost centers may be sorted by besides created and updated times.</summary>
internal static class CostCenterSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<CostCenterRow, string>("code", "code", row => row.Code),
        SortKey.Of<CostCenterRow, string>("name", "name", row => row.Name),
    ];
}
