namespace OpsPlan.Modules.Lifecycle.Application.Releases.ListReleases;

/// <summary>What a product's releases may be sorted by besides created and updated times: <c>sort=-releasedOn</c> is the release history.</summary>
internal static class ReleaseSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<ReleaseRow, DateOnly>("releasedOn", "released_on", row => row.ReleasedOn),
        SortKey.Of<ReleaseRow, string>("version", "version", row => row.Version),
    ];
}
