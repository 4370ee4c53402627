using System.Text.Json;
using System.Text.RegularExpressions;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers;

/// <summary>The bounds of a customer's fields, shared by the sync and the segment rules that read them.</summary>
internal static partial class CustomerRules
{
    public const int MaxInterests = 20;
    public const int MaxAttributes = 20;
    public const int MaxAttributesBytes = 4_096;
    public const int MaxAttributesDepth = 3;
    public const string TagExplanation = "An interest tag is 1 to 40 lower-case letters, digits and hyphens.";
    public const string AttributeKeyExplanation = "An attribute key is 1 to 64 letters, digits, underscores and hyphens.";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    public static partial Regex Tag();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    public static partial Regex AttributeKey();

    /// <summary>The attributes as stored: their JSON text, keys in the order sent.</summary>
    public static string AttributesJson(IReadOnlyDictionary<string, JsonElement>? attributes) =>
        attributes is null || attributes.Count == 0 ? "{}" : JsonSerializer.Serialize(attributes);

    /// <summary>Why the attributes are refused, or null: too many keys, a bad key, too large or too deeply nested.</summary>
    public static string? AttributesProblem(IReadOnlyDictionary<string, JsonElement> attributes)
    {
        if (attributes.Count > MaxAttributes)
        {
            return $"At most {MaxAttributes} custom attributes.";
        }

        if (attributes.Keys.FirstOrDefault(key => !AttributeKey().IsMatch(key)) is { } badKey)
        {
            return $"'{Shorten(badKey)}': {AttributeKeyExplanation}";
        }

        if (System.Text.Encoding.UTF8.GetByteCount(AttributesJson(attributes)) > MaxAttributesBytes)
        {
            return $"Custom attributes are at most {MaxAttributesBytes:N0} bytes of JSON.";
        }

        return attributes.Values.Any(value => Depth(value) > MaxAttributesDepth - 1)
            ? $"Custom attributes nest at most {MaxAttributesDepth} levels (the object itself is the first)."
            : null;
    }

    private static int Depth(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 1 + element.EnumerateObject().Select(property => Depth(property.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + element.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
