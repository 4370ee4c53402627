using System.Text.RegularExpressions;

namespace OpsPlan.Modules.Lifecycle.Domain.Releases;

/// <summary>Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH with an optional pre-release and build part (semver.org's own pattern).</summary>
internal static partial class SemanticVersion
{
    public const string Explanation = "A semantic version, such as 2.1.0 or 3.0.0-beta.1.";

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")]
    public static partial Regex Pattern();

    public static bool IsValid(string? text) => text is not null && text.Length <= 64 && Pattern().IsMatch(text);
}
