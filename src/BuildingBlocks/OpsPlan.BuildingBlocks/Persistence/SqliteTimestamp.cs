using System.Globalization;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// UTC times as SQLite stores them: fixed-width ISO 8601 text, so text order is time order. Every row read parses
/// two of them (a list page a hundred), and the general-purpose <see cref="DateTime.Parse(string, IFormatProvider)"/>
/// tokenizes the text for every format it knows; the fixed layout is read directly instead.
/// </summary>
internal static class SqliteTimestamp
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const string Layout = "0000-00-00T00:00:00.0000000Z";

    public static string ToText(DateTime utc) => utc.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads the stored layout directly; any other ISO 8601 text (older rows, hand-written SQL) the general way.</summary>
    public static DateTime Parse(string text) => TryParseStoredLayout(text, out var value)
        ? value
        : DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static bool TryParseStoredLayout(string text, out DateTime value)
    {
        value = default;
        if (text.Length != Layout.Length)
        {
            return false;
        }

        for (var i = 0; i < Layout.Length; i++)
        {
            var isDigit = char.IsAsciiDigit(text[i]);
            if (Layout[i] == '0' ? !isDigit : text[i] != Layout[i])
            {
                return false;
            }
        }

        int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
        int hour = Digits(text, 11, 2), minute = Digits(text, 14, 2), second = Digits(text, 17, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(Digits(text, 20, 7));
        return true;
    }

    private static int Digits(string text, int start, int count)
    {
        var number = 0;
        for (var i = start; i < start + count; i++)
        {
            number = (number * 10) + (text[i] - '0');
        }

        return number;
    }
}
