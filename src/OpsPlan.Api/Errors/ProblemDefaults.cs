using Microsoft.AspNetCore.WebUtilities;

namespace OpsPlan.Api.Errors;

/// <summary>Every problem names its instance and says in a sentence what went wrong, also when the framework wrote it.</summary>
internal static class ProblemDefaults
{
    private const string Rfc9110 = "https://tools.ietf.org/html/rfc9110#section-";
    private const string Rfc6585 = "https://tools.ietf.org/html/rfc6585#section-";

    // Every status the API answers with a problem. The framework's writer fills the common ones, but only for a client
    // that accepts JSON; filled here too, a problem reads the same whichever writer sends it (ProblemJsonWriter).
    private static readonly Dictionary<int, string> Types = new()
    {
        [StatusCodes.Status400BadRequest] = Rfc9110 + "15.5.1",
        [StatusCodes.Status401Unauthorized] = Rfc9110 + "15.5.2",
        [StatusCodes.Status403Forbidden] = Rfc9110 + "15.5.4",
        [StatusCodes.Status404NotFound] = Rfc9110 + "15.5.5",
        [StatusCodes.Status405MethodNotAllowed] = Rfc9110 + "15.5.6",
        [StatusCodes.Status409Conflict] = Rfc9110 + "15.5.10",
        [StatusCodes.Status412PreconditionFailed] = Rfc9110 + "15.5.13",
        [StatusCodes.Status413PayloadTooLarge] = Rfc9110 + "15.5.14",
        [StatusCodes.Status414UriTooLong] = Rfc9110 + "15.5.15",
        [StatusCodes.Status415UnsupportedMediaType] = Rfc9110 + "15.5.16",
        [StatusCodes.Status422UnprocessableEntity] = Rfc9110 + "15.5.21",
        [StatusCodes.Status428PreconditionRequired] = Rfc6585 + "3",
        [StatusCodes.Status429TooManyRequests] = Rfc6585 + "4",
        [StatusCodes.Status431RequestHeaderFieldsTooLarge] = Rfc6585 + "5",
        [StatusCodes.Status500InternalServerError] = Rfc9110 + "15.6.1",
        [StatusCodes.Status503ServiceUnavailable] = Rfc9110 + "15.6.4",
    };

    /// <summary>The problem type the API names for a status: the RFC section that defines it.</summary>
    public static string? TypeOf(int status) => Types.GetValueOrDefault(status);

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Type ??= TypeOf(status);
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Instance ??= context.HttpContext.Request.Path;
        // The trace id alone (32 hex digits), as logs and the audit trail write it, so one search finds all three.
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier;
        // Problems the framework writes (a route that does not exist, a missing token) get a code like ours.
        if (!problem.Extensions.ContainsKey("code"))
        {
            problem.Extensions["code"] = problem.Status switch
            {
                StatusCodes.Status401Unauthorized => "unauthenticated",
                StatusCodes.Status403Forbidden => "forbidden",
                StatusCodes.Status404NotFound => "not-found",
                StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
                StatusCodes.Status413PayloadTooLarge => "body-too-large",
                StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
                >= 500 => "internal-error",
                _ => "bad-request",
            };
        }

        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status401Unauthorized => "Authenticate with a valid bearer token or API key.",
            StatusCodes.Status403Forbidden => "Your role does not allow this operation.",
            StatusCodes.Status404NotFound => "Nothing exists at this address.",
            StatusCodes.Status405MethodNotAllowed => "This address does not accept that method.",
            StatusCodes.Status415UnsupportedMediaType when HttpMethods.IsPatch(context.HttpContext.Request.Method) =>
                "Send a PATCH body as application/merge-patch+json (RFC 7396).",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
            _ => problem.Title,
        };
    }
}
