using Microsoft.OpenApi;
using OpsPlan.BuildingBlocks.Domain;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>Money as its JSON converter writes it: a decimal string and an ISO 4217 code, never a float.</summary>
internal static class MoneySchema
{
    public static void Map(SwaggerGenOptions options) => options.MapType<Money>(() => new OpenApiSchema
    {
        Type = JsonSchemaType.Object,
        Description = "An exact amount: a decimal string with at most 4 decimal places, and an ISO 4217 currency.",
        Required = new HashSet<string> { "amount", "currency" },
        AdditionalPropertiesAllowed = false,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["amount"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^-?\d{1,15}(\.\d{1,4})?$", MaxLength = 21 },
            ["currency"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Z]{3}$", MinLength = 3, MaxLength = 3 },
        },
    });
}
