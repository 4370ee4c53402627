using System.Text.Json;
using OpsPlan.Api.Errors;
using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.BuildingBlocks.Application.Errors;

namespace OpsPlan.Api.Http;

/// <summary>
/// Reads a batch body, <c>{ "items": [ ... ] }</c>, one item at a time: an item that is not valid JSON for its type
/// becomes a failed entry with its own errors, so one bad item never fails the others. A body that is not such an
/// object at all is a 400 for the whole request.
/// </summary>
internal static class BatchBody
{
    private static readonly Dictionary<string, string[]> NotUnicode = new() { ["item"] = ["The item holds text that is not valid Unicode (a lone surrogate)."] };

    public static IReadOnlyList<BatchEntry<TItem>> Read<TItem>(JsonElement body, JsonSerializerOptions options, Func<JsonElement, string?> externalIdOf)
        where TItem : class
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw RequestValidationException.For("body", "A batch is an object: { \"items\": [ ... ] }.");
        }

        var unknown = body.EnumerateObject().Select(property => property.Name).FirstOrDefault(name => name != "items");
        if (unknown is not null)
        {
            throw RequestValidationException.For(unknown, "This field is not part of the request; check its spelling.");
        }

        if (!body.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw RequestValidationException.For("items", "A batch has an array of items.");
        }

        return items.EnumerateArray().Select((item, index) => ReadItem<TItem>(item, index, options, externalIdOf)).ToList();
    }

    /// <summary>The integrator's id of an item, read from its raw JSON so that a failed item is still named in its result.</summary>
    public static string? StringProperty(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static BatchEntry<TItem> ReadItem<TItem>(JsonElement item, int index, JsonSerializerOptions options, Func<JsonElement, string?> externalIdOf)
        where TItem : class
    {
        string? externalId;
        try
        {
            externalId = externalIdOf(item);
        }
        catch (InvalidOperationException)
        {
            return new BatchEntry<TItem>(index, null, null, NotUnicode);
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            return new BatchEntry<TItem>(index, externalId, null, new Dictionary<string, string[]> { ["item"] = ["An item is a JSON object."] });
        }

        try
        {
            return new BatchEntry<TItem>(index, externalId, item.Deserialize<TItem>(options), null);
        }
        catch (JsonException malformed)
        {
            return new BatchEntry<TItem>(index, externalId, null, JsonErrorDescription.Of(malformed));
        }
        catch (InvalidOperationException)
        {
            // The reader refuses escaped text that is not Unicode (a lone surrogate such as \udc00) only when it reads it.
            return new BatchEntry<TItem>(index, externalId, null, NotUnicode);
        }
    }

}
