using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>Tags grouped per module, in the order the host lists its modules, each with what it holds; the platform's last.</summary>
internal sealed class TagsDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context) =>
        swaggerDoc.Tags = new HashSet<OpenApiTag>(
            Composition.Modules.All.SelectMany(module => module.Tags).Concat(PlatformTags.All)
                .Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));
}
