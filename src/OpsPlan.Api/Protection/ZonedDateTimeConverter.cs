using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.Api.Protection;

/// <summary>
/// A time in a body carries its zone (<c>2026-11-20T14:02:00Z</c> or <c>…+01:00</c>) and is kept in UTC: a time
/// without one would have to be guessed, and was silently taken as UTC. Query strings follow the same rule
/// (<see cref="QueryStringMiddleware"/>).
/// </summary>
internal sealed partial class ZonedDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return text is not null && IsZoned(text)
               && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? moment.UtcDateTime
            : throw new JsonValueException(Explanation);
    }

    public const string Explanation = "A time is ISO 8601 with its zone, such as 2026-11-20T14:02:00Z or 2026-11-20T15:02:00+01:00.";

    public static bool IsZoned(string text) => Zoned().IsMatch(text);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Zoned();
}
