using System.Text;

namespace OpsPlan.Api.Errors;

/// <summary>
/// A field name taken from the caller's request (a JSON path, a query parameter) as it may appear in a problem's
/// <c>errors</c>: characters outside a plain identifier's are percent-encoded and the name is cut at 100 characters,
/// so a problem never carries markup or a megabyte of someone else's choosing.
/// </summary>
internal static class FieldPath
{
    public const int MaxLength = 100;

    public static string Of(string raw)
    {
        var safe = new StringBuilder(Math.Min(raw.Length, MaxLength));
        foreach (var rune in raw.EnumerateRunes())
        {
            if (safe.Length >= MaxLength)
            {
                return safe.Append('…').ToString();
            }

            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || "_.-[]$".Contains((char)rune.Value)))
            {
                safe.Append((char)rune.Value);
            }
            else
            {
                safe.Append(Uri.EscapeDataString(rune.ToString()));
            }
        }

        return safe.ToString();
    }
}
