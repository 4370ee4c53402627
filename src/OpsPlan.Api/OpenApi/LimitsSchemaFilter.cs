using Microsoft.OpenApi;
using OpsPlan.Api.Protection;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// States a bound on every string, integer and array the document describes, so that clients and scanners know
/// the limits the server enforces: the tightest one known (a format's length, a page's size), else the global caps
/// of <see cref="TextLimits"/>. Applies to schemas and parameters alike, so endpoints added later are covered too.
/// </summary>
internal sealed class LimitsSchemaFilter : ISchemaFilter, IParameterFilter, IDocumentFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        Bound(concrete, context.Type);
        if (context.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Page<>)
            && concrete.Properties?.TryGetValue("items", out var items) == true && items is OpenApiSchema list)
        {
            list.MaxItems = ListPaging.MaxLimit;
        }

        foreach (var property in concrete.Properties?.Values.OfType<OpenApiSchema>() ?? [])
        {
            Bound(property, null);
        }
    }

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter.Schema is not OpenApiSchema schema)
        {
            return;
        }

        if (parameter.Name == "limit")
        {
            schema.Minimum = "1";
            schema.Maximum = ListPaging.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Bound(schema, context.ParameterInfo?.ParameterType);
    }

    /// <summary>A last pass over the finished components: other document filters may have given a property its type.</summary>
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var schema in swaggerDoc.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            foreach (var property in schema.Properties?.Values.OfType<OpenApiSchema>() ?? [])
            {
                Bound(property, null);
            }
        }
    }

    /// <summary>Bounds one schema (and an array's items) where nothing tighter is stated.</summary>
    public static void Bound(OpenApiSchema schema, Type? type)
    {
        var kind = schema.Type ?? 0;
        if (kind.HasFlag(JsonSchemaType.String) && schema.Enum is not { Count: > 0 })
        {
            schema.MaxLength ??= schema.Format switch
            {
                "uuid" => 36,
                "date" => 10,
                "date-time" => 40,
                _ => TextLimits.MaxTextLength,
            };
        }
        else if (kind.HasFlag(JsonSchemaType.Integer))
        {
            var wide = schema.Format == "int64" || type == typeof(long) || type == typeof(long?);
            schema.Format ??= wide ? "int64" : "int32";
            schema.Minimum ??= (wide ? long.MinValue : int.MinValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
            schema.Maximum ??= (wide ? long.MaxValue : int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (kind.HasFlag(JsonSchemaType.Array))
        {
            schema.MaxItems ??= TextLimits.MaxArrayItems;
            if (schema.Items is OpenApiSchema items)
            {
                Bound(items, null);
            }
        }
    }
}
