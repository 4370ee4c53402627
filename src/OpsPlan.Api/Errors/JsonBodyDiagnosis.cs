using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace OpsPlan.Api.Errors;

/// <summary>
/// The serializer stops at a body's first mistake; a caller fixing a form wants them all. When a body fails to read,
/// each of its properties is read again on its own against the operation's body type, and every failure is named.
/// Falls back to the first error when the body is not a JSON object or cannot be read again.
/// </summary>
internal static class JsonBodyDiagnosis
{
    private const string UnknownField = "This field is not part of the request; check its spelling.";

    public static async Task<Dictionary<string, string[]>> OfAsync(HttpContext context, JsonException first, JsonSerializerOptions options)
    {
        var firstErrors = JsonErrorDescription.Of(first);
        // The exception handler clears the endpoint before it runs; its feature keeps the one that failed.
        var endpoint = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var type = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        if (type is null || !context.Request.Body.CanSeek)
        {
            return firstErrors;
        }

        context.Request.Body.Position = 0;
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException)
        {
            return firstErrors;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return firstErrors;
            }

            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .ToDictionary(property => options.PropertyNamingPolicy?.ConvertName(property.Name) ?? property.Name, StringComparer.Ordinal);
            var errors = new Dictionary<string, string[]>();
            foreach (var member in document.RootElement.EnumerateObject())
            {
                if (!properties.TryGetValue(member.Name, out var property))
                {
                    errors[FieldPath.Of(member.Name)] = [UnknownField];
                    continue;
                }

                try
                {
                    member.Value.Deserialize(property.PropertyType, options);
                }
                catch (JsonException field)
                {
                    foreach (var (path, messages) in JsonErrorDescription.Of(field, member.Name))
                    {
                        errors[path] = messages;
                    }
                }
            }

            return errors.Count > 0 ? errors : firstErrors;
        }
    }
}
