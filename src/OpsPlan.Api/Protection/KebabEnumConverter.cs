using System.Text.Json;
using System.Text.Json.Serialization;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.Api.Protection;

/// <summary>
/// Enums as their kebab-case text (<c>"in-progress"</c>), never as numbers; an unknown value is refused with the
/// list of those allowed, as a query filter's is.
/// </summary>
internal sealed class KebabEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly string Allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(EnumText.ToText));

        // Written once per value, pre-encoded: lists write several enums per item.
        private static readonly Dictionary<TEnum, JsonEncodedText> Encoded = Enum.GetValues<TEnum>().ToDictionary(value => value, value => JsonEncodedText.Encode(EnumText.ToText(value)));

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString() : null;
            try
            {
                return text is null ? throw new FormatException() : EnumText.Parse<TEnum>(text);
            }
            catch (FormatException)
            {
                throw new JsonValueException(text is null ? $"One of: {Allowed} (a string)." : $"'{Truncated(text)}' is not one of: {Allowed}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(Encoded[value]);

        // Counts keyed by enum value ({"critical": 2}) use the same text as keys.
        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(Encoded[value]);

        private static string Truncated(string text) => text.Length <= 50 ? text : text[..50] + "…";
    }
}
