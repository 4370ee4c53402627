using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// A query parameter declared nullable is optional. The request delegate generator describes a multi-value filter
/// (<c>string[]?</c>) as required, because it binds an absent one as an empty array; clients must still be free to omit it.
/// </summary>
internal sealed class NullableQueryParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is OpenApiParameter { In: ParameterLocation.Query } query && context.ParameterInfo is { } info
            && new NullabilityInfoContext().Create(info).ReadState == NullabilityState.Nullable)
        {
            query.Required = false;
        }
    }
}
