using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>
/// The position after the last row of a page: its sort key and id, and which order it belongs to. Opaque to
/// callers (base64url), and stable under concurrent inserts because it names a key, not an offset.
/// </summary>
public sealed record PageCursor(PageOrder Order, DateTime Key, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{(int)Order}|{Key.Ticks}|{Id:N}")));

    public static bool TryDecode(string? text, out PageCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > 200 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var order) || !Enum.IsDefined((PageOrder)order)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTime.MaxValue.Ticks
            || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return false;
        }

        cursor = new PageCursor((PageOrder)order, new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}

public enum PageOrder
{
    /// <summary>Newest first: the default for people browsing.</summary>
    CreatedDescending = 1,

    /// <summary>Oldest change first: for incremental sync with <c>updatedSince</c>.</summary>
    UpdatedAscending = 2,
}
