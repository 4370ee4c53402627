using System.Text.Json;
using System.Text.Json.Serialization;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.Api.Protection;

/// <summary>
/// Refuses, while the body is read and before any validator runs, any JSON string over
/// <see cref="TextLimits.MaxTextLength"/>, with a control character (NUL, bell, escape…; tab and line breaks are
/// text), or that is not Unicode (a lone surrogate, or the U+FFFD a broken UTF-8 sequence was read as). POST, PUT
/// and the merged document of a PATCH are read by the same options, so they refuse the same text.
/// </summary>
internal sealed class LimitedStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException();
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate (\ud800) is valid JSON but not text.
            throw new JsonValueException(NotText);
        }

        if (value.Length > TextLimits.MaxTextLength)
        {
            throw new JsonValueException($"Text is at most {TextLimits.MaxTextLength} characters.");
        }

        return value.AsSpan().ContainsAny(TextLimits.NotText) ? throw new JsonValueException(NotText) : value;
    }

    private const string NotText = "Text holds no control characters (tab and line breaks aside) and is valid Unicode.";

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
