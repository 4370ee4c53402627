using System.Text.Json;
using System.Text.Json.Serialization;
using OpsPlan.Api.Protection;

namespace OpsPlan.Api.Composition;

/// <summary>camelCase, kebab-case enum strings, unknown properties refused (a typo must not silently drop data), text capped, times zoned, dates bounded.</summary>
internal static class JsonConfiguration
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.MaxDepth = 32;
        // {"title":"a","title":"b"} is ambiguous: refused instead of the last one silently winning.
        options.AllowDuplicateProperties = false;
        // Ours reads and writes (it lists the allowed values on a mistake); the framework's stays after it so that
        // Swagger, which looks for it, documents enums as their strings.
        options.Converters.Add(new KebabEnumConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new LimitedStringConverter());
        options.Converters.Add(new ZonedDateTimeConverter());
        options.Converters.Add(new BoundedDateConverter());
    }
}
