using System.Text.Json;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Errors;

namespace OpsPlan.Api.Http;

/// <summary>
/// RFC 7396 JSON merge patch: members in the patch replace the current ones, <c>null</c> removes one, members
/// absent stay as they are. The merged document is then read as the full update, so PATCH and PUT share validation.
/// </summary>
internal static class JsonMergePatch
{
    /// <summary>
    /// The PATCH recipe every resource shares: read the current resource, honour If-Match, merge the patch into its
    /// editable fields, and write them guarded by the version just read, so a change made in between fails with 412
    /// instead of being lost.
    /// </summary>
    public static async Task<IResult> PatchAsync<TResource, TEditable>(
        HttpContext context,
        JsonElement patch,
        JsonSerializerOptions options,
        Func<Task<TResource>> read,
        Func<TResource, TEditable> editable,
        Func<TEditable, long, Task<TResource>> write)
        where TResource : IVersioned
    {
        var current = await read();
        ExpectedVersion.Check(IfMatch.ExpectedVersion(context.Request), current.Version);
        var before = editable(current);
        var merged = Apply(before, patch, options);
        // A patch that changes nothing (an empty one, or the values as they are) writes nothing: no new version, no audit entry.
        var unchanged = JsonSerializer.Serialize(merged, options) == JsonSerializer.Serialize(before, options);
        return ResourceResults.Ok(context, unchanged ? current : await write(merged, current.Version));
    }

    public static T Apply<T>(T current, JsonElement patch, JsonSerializerOptions options)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            throw RequestValidationException.For("body", "A merge patch is a JSON object.");
        }

        EnsureReadable(patch);
        var document = JsonSerializer.SerializeToNode(current, options)!.AsObject();
        Merge(document, JsonObject.Create(patch)!);
        return document.Deserialize<T>(options)!;
    }

    /// <summary>What the JSON reader lets through but a merge cannot take: a property named twice, text that is not Unicode.</summary>
    private static void EnsureReadable(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!names.Add(Text(() => property.Name)))
                    {
                        throw RequestValidationException.For("body", "A merge patch names the same property twice.");
                    }

                    EnsureReadable(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    EnsureReadable(item);
                }

                break;
            case JsonValueKind.String:
                Text(element.GetString);
                break;
        }
    }

    private static string Text(Func<string?> read)
    {
        try
        {
            return read() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            throw RequestValidationException.For("body", "The patch holds text that is not valid Unicode (a lone surrogate such as \\ud800).");
        }
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject patchObject && target[name] is JsonObject targetObject)
            {
                Merge(targetObject, patchObject);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }
}
