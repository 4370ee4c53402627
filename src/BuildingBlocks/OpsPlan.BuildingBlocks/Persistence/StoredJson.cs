using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>How objects are written into the database as JSON (outbox events, stored command results) and read back.</summary>
internal static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
