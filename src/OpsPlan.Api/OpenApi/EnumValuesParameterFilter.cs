using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpsPlan.BuildingBlocks.Domain;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// Lists the kebab-case values of a query parameter marked with <see cref="EnumValuesAttribute{TEnum}"/>; for a
/// multi-value filter (an array), the values of its items, each at most once.
/// </summary>
internal sealed class EnumValuesParameterFilter : IParameterFilter
{
    private static readonly MethodInfo ToText = typeof(EnumText).GetMethods()
        .Single(method => method.Name == nameof(EnumText.ToText) && !method.GetParameters()[0].ParameterType.IsGenericType);

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var marker = context.ParameterInfo?.GetCustomAttributes().OfType<IEnumValues>().FirstOrDefault()
            ?? context.PropertyInfo?.GetCustomAttributes().OfType<IEnumValues>().FirstOrDefault();
        if (marker is null || parameter is not OpenApiParameter { Schema: OpenApiSchema schema })
        {
            return;
        }

        var toText = ToText.MakeGenericMethod(marker.EnumType);
        var values = Enum.GetValues(marker.EnumType).Cast<object>()
            .Select(value => (JsonNode)JsonValue.Create((string)toText.Invoke(null, [value])!))
            .ToList();
        if (schema.Items is OpenApiSchema items)
        {
            items.Enum = values;
            items.MaxLength = null;
            schema.MaxItems = values.Count;
        }
        else
        {
            schema.Enum = values;
        }
    }
}
