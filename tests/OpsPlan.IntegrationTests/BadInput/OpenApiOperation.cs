using System.Text.Json.Nodes;

namespace OpsPlan.IntegrationTests.BadInput;

/// <summary>One operation of the OpenAPI document, with its request schema resolved.</summary>
internal sealed record OpenApiOperation(string Method, string Path, JsonObject Operation, JsonObject? BodySchema, string? BodyContentType, JsonObject Document)
{
    public string Name => $"{Method.ToUpperInvariant()} {Path}";

    public IReadOnlySet<int> DocumentedStatuses =>
        Operation["responses"]!.AsObject().Select(response => int.Parse(response.Key, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    public IEnumerable<JsonObject> QueryParameters =>
        (Operation["parameters"]?.AsArray() ?? []).Select(parameter => parameter!.AsObject()).Where(parameter => parameter["in"]!.GetValue<string>() == "query");

    /// <summary>The path with every route parameter filled by a fresh id (unknown ids are fine: bad input is refused first).</summary>
    public string ConcretePath => System.Text.RegularExpressions.Regex.Replace(Path, @"\{\w+\}", _ => Guid.CreateVersion7().ToString());

    public static IEnumerable<OpenApiOperation> All(JsonObject document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var content = operation!["requestBody"]?["content"]?.AsObject().FirstOrDefault();
                var schema = content?.Value?["schema"] is JsonObject reference ? Resolve(document, reference) : null;
                yield return new OpenApiOperation(method, path, operation.AsObject(), schema, content?.Key, document);
            }
        }
    }

    public static JsonObject Resolve(JsonObject document, JsonObject schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject()
            : schema;
}
