using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

internal sealed class ExampleSchemaFilter(ExampleCatalog examples) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && examples.For(context.Type) is { } example)
        {
            concrete.Examples = [example];
        }
    }
}
