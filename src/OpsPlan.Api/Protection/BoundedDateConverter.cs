using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpsPlan.BuildingBlocks.Application.Validation;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.Api.Protection;

/// <summary>
/// A date in a body is <c>yyyy-MM-dd</c> within <see cref="DateBounds"/> (1900-2999), refused while the body is
/// read: so no field, present or added later, can store year 1 or 9999 and break date arithmetic downstream.
/// </summary>
internal sealed class BoundedDateConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || !DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new JsonValueException("A date is yyyy-MM-dd, such as 2026-11-20.");
        }

        return day >= DateBounds.Earliest && day <= DateBounds.Latest ? day : throw new JsonValueException(DateBounds.Explanation);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
