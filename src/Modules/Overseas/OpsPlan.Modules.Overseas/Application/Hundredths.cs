namespace OpsPlan.Modules.Overseas.Application;

/// <summary>Scores (two places) are stored as whole hundredths: exact, and ordered the same way, on both providers.</summary>
internal static class Hundredths
{
    public static int? Of(decimal? score) => score is { } value ? (int)(value * 100) : null;

    public static decimal ToScore(long hundredths) => hundredths / 100m;
}
