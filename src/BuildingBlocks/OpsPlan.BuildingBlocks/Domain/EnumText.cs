using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>
/// Enum values as the kebab-case text used on the wire and in the database ("in-progress"), so stored rows are
/// readable and do not change meaning when a member is inserted. A member whose text cannot be its name ("18-24")
/// names it with <see cref="JsonStringEnumMemberNameAttribute"/>, which the framework's converter (and so Swagger) reads too.
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
            var toText = Enum.GetValues(enumType).Cast<object>().ToDictionary(value => value, value => TextOf(enumType, value));
            return (toText, toText.ToDictionary(pair => pair.Value, pair => pair.Key));
        });

    private static string TextOf(Type enumType, object value)
    {
        var name = value.ToString()!;
        return enumType.GetField(name)!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.KebabCaseLower.ConvertName(name);
    }
}
