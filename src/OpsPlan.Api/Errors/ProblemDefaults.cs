namespace OpsPlan.Api.Errors;

/// <summary>Every problem names its instance and says in a sentence what went wrong, also when the framework wrote it.</summary>
internal static class ProblemDefaults
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        // The trace id alone (32 hex digits), as logs and the audit trail write it, so one search finds all three.
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier;
        // The framework names a type for the common statuses only; these are the ones it leaves out.
        problem.Type ??= problem.Status switch
        {
            StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
            StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
            StatusCodes.Status431RequestHeaderFieldsTooLarge => "https://tools.ietf.org/html/rfc6585#section-5",
            _ => null,
        };
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
