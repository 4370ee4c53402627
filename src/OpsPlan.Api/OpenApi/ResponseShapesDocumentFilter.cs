using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// What a generated client may rely on. Every property of a schema the API answers with is required — the API always
/// writes every property, <c>null</c> included — so generated types are not all-optional. A JSON merge-patch body
/// gets its own <c>…Patch</c> schema without <c>required</c>: a patch names only the fields it changes.
/// </summary>
internal sealed class ResponseShapesDocumentFilter : IDocumentFilter
{
    private const string MergePatch = "application/merge-patch+json";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        var answered = new HashSet<string>(StringComparer.Ordinal);
        var operations = swaggerDoc.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []).ToList();
        foreach (var media in operations.SelectMany(operation => operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(response => response.Content?.Values.AsEnumerable() ?? []))
        {
            Reach(media.Schema, schemas, answered);
        }

        foreach (var media in operations.Select(operation => operation.RequestBody?.Content).OfType<IDictionary<string, IOpenApiMediaType>>()
            .Select(content => content.TryGetValue(MergePatch, out var patch) ? patch as OpenApiMediaType : null).OfType<OpenApiMediaType>())
        {
            if (media.Schema is OpenApiSchemaReference { Reference.Id: { } id } && schemas[id] is OpenApiSchema body)
            {
                media.Schema = PatchOf(swaggerDoc, schemas, id, body);
            }
        }
    }

    private static OpenApiSchemaReference PatchOf(OpenApiDocument document, IDictionary<string, IOpenApiSchema> schemas, string id, OpenApiSchema body)
    {
        var name = id.EndsWith("Request", StringComparison.Ordinal) ? id[..^"Request".Length] + "Patch" : id + "Patch";
        if (!schemas.ContainsKey(name))
        {
            var patch = (OpenApiSchema)body.CreateShallowCopy();
            patch.Required = null;
            patch.Description = "A JSON merge patch (RFC 7396): only the fields to change; null clears an optional field. "
                + "The result is validated as the full replacement would be.";
            schemas[name] = patch;
        }

        return new OpenApiSchemaReference(name, document);
    }

    private static void Reach(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> reached)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference { Reference.Id: { } id }:
                if (reached.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    Reach(target, schemas, reached);
                }

                return;
        }

        // Inline objects too (counts keyed by enum value): the API writes every property of those as well.
        if (schema is OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            concrete.Required = new SortedSet<string>(concrete.Properties.Keys, StringComparer.Ordinal);
        }

        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? [])
            .Append(schema.Items).Append(schema.AdditionalProperties))
        {
            Reach(child, schemas, reached);
        }
    }
}
