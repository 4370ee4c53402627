using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// A nullable property that refers to another schema is written as <c>allOf: [$ref], nullable: true</c>; OpenAPI 3.0
/// validators require a <c>type</c> beside <c>nullable</c>, so the referenced schema's type is copied onto the wrapper.
/// </summary>
internal sealed class NullableReferenceDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        foreach (var property in schemas.Values.OfType<OpenApiSchema>().SelectMany(schema => schema.Properties?.Values ?? []).OfType<OpenApiSchema>())
        {
            if (property is { Type: JsonSchemaType.Null, AllOf: [OpenApiSchemaReference reference] } && schemas.TryGetValue(reference.Reference.Id!, out var target) && target.Type is { } type)
            {
                property.Type = type | JsonSchemaType.Null;
            }
        }
    }
}
