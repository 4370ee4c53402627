using System.Globalization;

namespace OpsPlan.Api.Http;

/// <summary>Reads the version a caller expects from If-Match (<c>"3"</c>, <c>W/"3"</c> or <c>*</c>).</summary>
internal static class IfMatch
{
    /// <summary>Null when the header is absent or <c>*</c>; <see cref="Unmatchable"/> when it names no version we could have issued.</summary>
    public static long? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
               && long.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : Unmatchable;
    }

    /// <summary>Versions start at 1, so this never matches and the write fails with 412, as RFC 9110 asks.</summary>
    public const long Unmatchable = -1;

    public static string ETagFor(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";
}
