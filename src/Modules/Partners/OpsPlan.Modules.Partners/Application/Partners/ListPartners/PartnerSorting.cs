namespace OpsPlan.Modules.Partners.Application.Partners.ListPartners;

/// <summary>What the partner list may be sorted by besides created and updated times.</summary>
internal static class PartnerSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<PartnerRow, string>("name", "name", row => row.Name),
    ];
}
