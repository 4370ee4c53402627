using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsPlan.Modules.Finance.Domain.Budgets;

/// <summary>A fiscal year (<c>2026</c>), quarter (<c>2026-Q3</c>) or month (<c>2026-07</c>), with its first and last day.</summary>
internal readonly partial record struct FiscalPeriod(string Text, DateOnly StartsOn, DateOnly EndsOn)
{
    public const string Format = "a year (2026), a quarter (2026-Q3) or a month (2026-07), from 2000 to 2100";

    public int Days => EndsOn.DayNumber - StartsOn.DayNumber + 1;

    public static bool TryParse(string? text, out FiscalPeriod period)
    {
        period = default;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return false;
        }

        var (firstMonth, months) = match.Groups["quarter"].Success
            ? ((int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 3)
            : match.Groups["month"].Success ? (int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), 1) : (1, 12);
        var start = new DateOnly(year, firstMonth, 1);
        period = new FiscalPeriod(text!, start, start.AddMonths(months).AddDays(-1));
        return true;
    }

    public static FiscalPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not {Format}.");

    [GeneratedRegex(@"^(?<year>\d{4})(-Q(?<quarter>[1-4])|-(?<month>0[1-9]|1[0-2]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
