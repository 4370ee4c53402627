using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsPlan.Modules.Growth.Application.Segments;

/// <summary>How a rule is stored: the API's own JSON shape (camelCase, kebab-case enums), so it reads back unchanged.</summary>
internal static class SegmentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
