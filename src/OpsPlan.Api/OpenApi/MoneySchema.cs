using Microsoft.OpenApi;
using OpsPlan.BuildingBlocks.Domain;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// Money as its JSON converter writes it: a decimal string and an ISO 4217 code, never a float. Kept as one named
/// component (not inlined), so generated clients get one Money type.
/// </summary>
internal sealed class MoneySchema : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        // Only the component itself: a property that refers to it (allOf) stays a reference.
        if (context.Type != typeof(Money) || schema is not OpenApiSchema money || money.AllOf is { Count: > 0 })
        {
            return;
        }

        money.Type = JsonSchemaType.Object;
        money.Description = "An exact amount: a decimal string with at most 11 digits before the point and 4 after, and an ISO 4217 currency.";
        money.Required = new HashSet<string> { "amount", "currency" };
        money.AdditionalPropertiesAllowed = false;
        money.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["amount"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^-?\d{1,11}(\.\d{1,4})?$", MaxLength = 17 },
            ["currency"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Z]{3}$", MinLength = 3, MaxLength = 3 },
        };
    }
}
