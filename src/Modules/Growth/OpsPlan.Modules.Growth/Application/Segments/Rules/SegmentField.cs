using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.Rules;

/// <summary>What kind of value a segment field holds, which decides its operators and how a condition on it reads in SQL.</summary>
internal enum FieldKind
{
    Choice,
    Text,
    Tags,
    Money,
    Count,
    Time,
    DaysSince,
    Flag,
    Attribute,
    Products,
}

/// <summary>One field a segment rule may test: its name in the rule, the SQL expression it reads, its kind.</summary>
internal sealed record SegmentField(string Name, string Column, FieldKind Kind, IReadOnlySet<string>? Choices = null)
{
    public const string AttributePrefix = "attributes.";

    private static readonly IReadOnlyDictionary<string, SegmentField> Whitelist = new SegmentField[]
    {
        new("ageBand", "age_band", FieldKind.Choice, ChoicesOf<AgeBand>()),
        new("gender", "gender", FieldKind.Choice, ChoicesOf<Gender>()),
        new("tier", "tier", FieldKind.Choice, ChoicesOf<CustomerTier>()),
        new("stage", "stage", FieldKind.Choice, ChoicesOf<LifecycleStage>()),
        new("country", "country", FieldKind.Text),
        new("region", "region", FieldKind.Text),
        new("channel", "acquisition_channel", FieldKind.Text),
        new("interests", "interests", FieldKind.Tags),
        new("lifetimeValue", "ltv_minor", FieldKind.Money),
        new("purchaseCount", "purchase_count", FieldKind.Count),
        new("lastActiveAt", "last_active_at", FieldKind.Time),
        new("signedUpAt", "signed_up_at", FieldKind.Time),
        new("daysSinceActive", "COALESCE(last_active_at, signed_up_at)", FieldKind.DaysSince),
        new("marketingConsent", "marketing_consent", FieldKind.Flag),
        new("products", "customer_products", FieldKind.Products),
    }.ToDictionary(field => field.Name, StringComparer.Ordinal);

    /// <summary>Every field a rule may name, besides <c>attributes.&lt;key&gt;</c>.</summary>
    public static IEnumerable<string> Names => Whitelist.Keys;

    public static readonly string Explanation =
        "A field is one of " + string.Join(", ", Names) + ", or attributes.<key> for a custom attribute.";

    public static SegmentField? Find(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (name.StartsWith(AttributePrefix, StringComparison.Ordinal))
        {
            var key = name[AttributePrefix.Length..];
            return Customers.CustomerRules.AttributeKey().IsMatch(key) ? new SegmentField(name, "custom_attributes", FieldKind.Attribute) : null;
        }

        return Whitelist.GetValueOrDefault(name);
    }

    /// <summary>The operators a field of this kind takes.</summary>
    public IReadOnlyList<SegmentOperator> Operators => Kind switch
    {
        FieldKind.Choice or FieldKind.Text => [SegmentOperator.Equals, SegmentOperator.In, SegmentOperator.Exists],
        FieldKind.Tags or FieldKind.Products => [SegmentOperator.Contains, SegmentOperator.In, SegmentOperator.Exists],
        FieldKind.Money or FieldKind.Count => [SegmentOperator.Equals, SegmentOperator.In, SegmentOperator.Between],
        FieldKind.Time => [SegmentOperator.Between, SegmentOperator.Exists],
        FieldKind.DaysSince => [SegmentOperator.Equals, SegmentOperator.Between],
        FieldKind.Flag => [SegmentOperator.Equals],
        _ => [SegmentOperator.Equals, SegmentOperator.In, SegmentOperator.Between, SegmentOperator.Contains, SegmentOperator.Exists],
    };

    /// <summary>The JSON path of a custom attribute, given as a parameter (the key is checked against a pattern too).</summary>
    public string AttributePath => "$.\"" + Name[AttributePrefix.Length..] + "\"";

    private static HashSet<string> ChoicesOf<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(EnumText.ToText).ToHashSet(StringComparer.Ordinal);
}
