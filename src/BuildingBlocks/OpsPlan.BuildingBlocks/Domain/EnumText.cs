using System.Collections.Concurrent;
using System.Text.Json;

namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>
/// Enum values as the kebab-case text used on the wire and in the database ("in-progress"), so stored rows are
/// readable and do not change meaning when a member is inserted.
/// </summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Type, (Dictionary<object, string> ToText, Dictionary<string, object> FromText)> Maps = new();

    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum => Map(typeof(TEnum)).ToText[value];

    public static string? ToText<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } present ? ToText(present) : null;

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        Map(typeof(TEnum)).FromText.TryGetValue(text, out var value)
            ? (TEnum)value
            : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    private static (Dictionary<object, string> ToText, Dictionary<string, object> FromText) Map(Type type) =>
        Maps.GetOrAdd(type, enumType =>
        {
            var toText = Enum.GetValues(enumType).Cast<object>().ToDictionary(value => value, value => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()!));
            return (toText, toText.ToDictionary(pair => pair.Value, pair => pair.Key));
        });
}
