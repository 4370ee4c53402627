using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// Response headers that many operations share (the rate limit, CORS, ETag, Retry-After) are written once under
/// <c>components/headers</c> and referenced, instead of inlined in every response of every operation.
/// </summary>
internal sealed class SharedHeadersDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Components!.Headers ??= new Dictionary<string, IOpenApiHeader>();
        var shared = swaggerDoc.Components.Headers;
        foreach (var response in swaggerDoc.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Responses?.Values.AsEnumerable() ?? []).OfType<OpenApiResponse>())
        {
            foreach (var (name, header) in response.Headers?.ToList() ?? [])
            {
                if (header is OpenApiHeader inline)
                {
                    shared.TryAdd(name, inline);
                    response.Headers![name] = new OpenApiHeaderReference(name, swaggerDoc);
                }
            }
        }
    }
}
