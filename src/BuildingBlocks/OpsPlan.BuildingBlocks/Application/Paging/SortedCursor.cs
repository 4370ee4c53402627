using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>
/// The position after the last row of a sorted page: the sort it belongs to, that row's values of the sort keys and
/// its id. Opaque to callers (base64url JSON); refused when sent with another sort.
/// </summary>
public sealed record SortedCursor(string Sort, IReadOnlyList<string> Values, Guid Id)
{
    private const int MaxLength = 2000;

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire(Sort, Values, Id)));

    /// <summary>Decodes a cursor issued for <paramref name="sort"/> and reads its values as the keys' types.</summary>
    public static bool TryDecode(string? text, string sort, IReadOnlyList<SortTerm> terms, out IReadOnlyList<object> values, out Guid id)
    {
        values = [];
        id = Guid.Empty;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !Base64Url.IsValid(text))
        {
            return false;
        }

        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)));
            if (wire is null || wire.Sort != sort || wire.Values is null || wire.Values.Count != terms.Count)
            {
                return false;
            }

            values = terms.Select((term, index) => term.Key.Parse(wire.Values[index])).ToList();
            id = wire.Id;
            return true;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
    }

    private sealed record Wire(string Sort, IReadOnlyList<string> Values, Guid Id);
}
