using System.Buffers;

namespace OpsPlan.Api.Protection;

/// <summary>
/// The caps every request obeys whatever the endpoint: no text (a JSON string or a query value) is longer than
/// <see cref="MaxTextLength"/>, and no request array longer than <see cref="MaxArrayItems"/>. Fields and lists with
/// tighter rules say so in their own validation; these are the outer bounds the OpenAPI document states for all.
/// </summary>
internal static class TextLimits
{
    /// <summary>The longest text any field accepts (a risk's description, an incident's post-mortem).</summary>
    public const int MaxTextLength = 4_000;

    /// <summary>The most items any array holds: a batch sync's 1,000.</summary>
    public const int MaxArrayItems = 1_000;

    /// <summary>Tab and line breaks are text; other C0 and C1 controls, DEL, and U+FFFD (a broken byte read as text) are not.</summary>
    public static readonly SearchValues<char> NotText = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(code => code is not ('\t' or '\n' or '\r')).Select(code => (char)code),
         .. Enumerable.Range(0x7F, 0x21).Select(code => (char)code), '\uFFFD']);
}
