using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>
/// BCP 47 language tags as markets use them: a language (ISO 639-1, or one of the few ISO 639-3 codes that have no
/// two-letter form), an optional script (ISO 15924, four letters) and an optional region (ISO 3166-1 alpha-2 or a UN
/// M.49 area such as 419): <c>en</c>, <c>pt-BR</c>, <c>zh-Hans-CN</c>, <c>es-419</c>. Written in any case, kept in the
/// standard's (language lower, script title, region upper). The app runs with invariant globalization, so this does
/// not lean on <c>CultureInfo</c>.
/// </summary>
public static partial class LanguageTags
{
    private static readonly FrozenSet<string> Languages = new[]
    {
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn", "bo", "br",
        "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et",
        "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht",
        "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk",
        "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg",
        "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny",
        "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se",
        "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk",
        "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo",
        "za", "zh", "zu",
        // Widely spoken languages without a two-letter code.
        "ceb", "fil", "hak", "haw", "hmn", "nan", "yue",
    }.ToFrozenSet(StringComparer.Ordinal);

    public const string Explanation = "A language is a BCP 47 tag: an ISO 639 language, optionally a script and a region, such as en, pt-BR, zh-Hans-CN or es-419.";

    public static bool IsKnown(string? tag) => Canonical(tag) is not null;

    /// <summary>The tag in the standard's case, or null when it is not a tag this product knows.</summary>
    public static string? Canonical(string? tag)
    {
        if (tag is null || Shape().Match(tag) is not { Success: true } match)
        {
            return null;
        }

        var language = match.Groups["language"].Value.ToLowerInvariant();
        var script = match.Groups["script"].Value;
        var region = match.Groups["region"].Value.ToUpperInvariant();
        if (!Languages.Contains(language) || (region.Length == 2 && !Countries.IsKnown(region)))
        {
            return null;
        }

        var parts = new List<string> { language };
        if (script.Length > 0)
        {
            parts.Add(char.ToUpperInvariant(script[0]) + script[1..].ToLowerInvariant());
        }

        if (region.Length > 0)
        {
            parts.Add(region);
        }

        return string.Join('-', parts);
    }

    [GeneratedRegex("^(?<language>[A-Za-z]{2,3})(-(?<script>[A-Za-z]{4}))?(-(?<region>[A-Za-z]{2}|[0-9]{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
