using System.Globalization;
using System.Text.Json;
using OpsPlan.Modules.Growth.Application.Customers;

namespace OpsPlan.Modules.Growth.Application.Segments.Rules;

/// <summary>Reads one value of a condition as its field's kind needs it; null with <c>problem</c> set when it does not fit.</summary>
internal static class SegmentValue
{
    public const int MaxTextLength = 200;
    public const int MaxDays = 36_500;

    public static object? Read(SegmentField field, JsonElement value, string currency, out string? problem)
    {
        problem = null;
        switch (field.Kind)
        {
            case FieldKind.Choice when value.ValueKind == JsonValueKind.String && field.Choices!.Contains(value.GetString()!):
                return value.GetString();
            case FieldKind.Choice:
                problem = "One of " + string.Join(", ", field.Choices!) + ".";
                return null;
            case FieldKind.Text or FieldKind.Products when Text(value) is { } text:
                return text;
            case FieldKind.Tags when value.ValueKind == JsonValueKind.String && CustomerRules.Tag().IsMatch(value.GetString()!):
                return value.GetString();
            case FieldKind.Tags:
                problem = CustomerRules.TagExplanation;
                return null;
            case FieldKind.Money when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount)
                                      && Math.Abs(amount) <= Money.MaxAmount && decimal.Round(amount, Money.Scale) == amount:
                return Money.Of(amount, currency).MinorUnits;
            case FieldKind.Money:
                problem = $"An amount in {currency} with at most {Money.Scale} decimals, such as 25.50.";
                return null;
            case FieldKind.Count when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0:
                return count;
            case FieldKind.Count:
                problem = "A whole number, zero or more.";
                return null;
            case FieldKind.DaysSince when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var days) && days is >= 0 and <= MaxDays:
                return days;
            case FieldKind.DaysSince:
                problem = $"A whole number of days from 0 to {MaxDays:N0}.";
                return null;
            case FieldKind.Time when Time(value) is { } time:
                return time;
            case FieldKind.Time:
                problem = "A date (2026-01-31) or an instant with its offset (2026-01-31T09:00:00Z).";
                return null;
            case FieldKind.Flag when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return value.GetBoolean();
            case FieldKind.Flag:
                problem = "true or false.";
                return null;
            case FieldKind.Attribute when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return value.GetBoolean();
            case FieldKind.Attribute when value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number):
                return number;
            case FieldKind.Attribute when Text(value) is { } text:
                return text;
            default:
                problem = $"Text of 1 to {MaxTextLength} characters" + (field.Kind == FieldKind.Attribute ? ", a number, or true or false." : ".");
                return null;
        }
    }

    private static string? Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 and <= MaxTextLength } text ? text : null;

    private static DateTime? Time(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        return text.Length > 10 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && instant.UtcDateTime >= DateBounds.EarliestMoment
                ? SystemClock.TruncateToMicroseconds(instant.UtcDateTime)
                : null;
    }
}
