using System.Globalization;

namespace OpsPlan.BuildingBlocks.Application.Validation;

/// <summary>Months as the API writes them, <c>2026-07</c>, and the first day that stands for them in storage.</summary>
public static class MonthText
{
    public const string Explanation = "A month as yyyy-MM, such as 2026-07, between 1900-01 and 2999-12.";

    public static bool TryParse(string? text, out DateOnly month)
    {
        var parsed = DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
        return parsed && month >= DateBounds.Earliest && month <= DateBounds.Latest;
    }

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static DateOnly Parse(string text) => TryParse(text, out var month) ? month : throw new FormatException(Explanation);

    /// <summary>The month <paramref name="day"/> falls in (its first day).</summary>
    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
