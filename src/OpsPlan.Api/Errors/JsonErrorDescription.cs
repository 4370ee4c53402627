using System.Text.Json;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.Api.Errors;

/// <summary>A JSON reading failure as field errors: where it failed and what kind of mistake, never the library's own text.</summary>
internal static class JsonErrorDescription
{
    public static Dictionary<string, string[]> Of(JsonException exception)
    {
        var path = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : FieldPath.Of(exception.Path.TrimStart('$', '.'));
        var message = exception switch
        {
            JsonValueException ours => ours.Message,
            _ when exception.Message.Contains("could not be mapped", StringComparison.Ordinal) => "This field is not part of the request; check its spelling.",
            _ => "The value is missing, malformed or of the wrong type.",
        };
        return new Dictionary<string, string[]> { [path] = [message] };
    }
}
