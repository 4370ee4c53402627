using System.Text.Json;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.Api.Errors;

/// <summary>A JSON reading failure as field errors: where it failed and what kind of mistake, never the library's own text.</summary>
internal static class JsonErrorDescription
{
    // property: the body property a value was read for on its own; the exception's path then starts inside it.
    public static Dictionary<string, string[]> Of(JsonException exception, string? property = null)
    {
        var inner = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? null : exception.Path.TrimStart('$', '.');
        var path = (property, inner) switch
        {
            (null, null) => "body",
            (null, _) => FieldPath.Of(inner),
            (_, null) => FieldPath.Of(property),
            _ => FieldPath.Of(property + (inner.StartsWith('[') ? "" : ".") + inner),
        };
        var message = exception switch
        {
            JsonValueException ours => ours.Message,
            _ when exception.Message.Contains("could not be mapped", StringComparison.Ordinal) => "This field is not part of the request; check its spelling.",
            _ => "The value is missing, malformed or of the wrong type.",
        };
        return new Dictionary<string, string[]> { [path] = [message] };
    }
}
