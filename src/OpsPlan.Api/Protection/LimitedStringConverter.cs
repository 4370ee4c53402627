using System.Text.Json;
using System.Text.Json.Serialization;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.Api.Protection;

/// <summary>Refuses any JSON string over <see cref="TextLimits.MaxTextLength"/> while the body is read, before any validator runs.</summary>
internal sealed class LimitedStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException();
        }

        var value = reader.GetString()!;
        return value.Length <= TextLimits.MaxTextLength
            ? value
            : throw new JsonValueException($"Text is at most {TextLimits.MaxTextLength} characters.");
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
