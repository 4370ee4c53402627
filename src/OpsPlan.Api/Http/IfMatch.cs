using System.Globalization;
using Microsoft.Net.Http.Headers;
using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.Api.Http;

/// <summary>
/// Reads the versions a caller expects from If-Match, per RFC 9110 §13.1.1: <c>*</c> matches any version, a list
/// (<c>"3", "4"</c>) matches if any of its tags does, and tags are compared strongly, so a weak <c>W/"3"</c> never matches.
/// </summary>
internal static class IfMatch
{
    /// <summary>Versions start at 1; a tag that names no version we could have issued matches nothing (412).</summary>
    private static readonly ExpectedVersion Unmatchable = new([]);

    /// <summary>Null when the header is absent or <c>*</c>; a malformed header matches nothing.</summary>
    public static ExpectedVersion? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header.ToString()))
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags))
        {
            return Unmatchable;
        }

        if (tags.Count == 1 && tags[0].Tag == EntityTagHeaderValue.Any.Tag)
        {
            return null;
        }

        return new ExpectedVersion(tags.Where(tag => !tag.IsWeak).Select(VersionOf).OfType<long>().ToList());
    }

    public static string ETagFor(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    private static long? VersionOf(EntityTagHeaderValue tag) =>
        long.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
}
