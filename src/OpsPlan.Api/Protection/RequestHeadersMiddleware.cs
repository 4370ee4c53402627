using Microsoft.AspNetCore.Http.Features;
using OpsPlan.Api.Errors;

namespace OpsPlan.Api.Protection;

/// <summary>
/// The limits on a request's head, enforced here rather than by Kestrel so that a refusal is a problem body like any
/// other: Kestrel is configured with twice these limits (it answers bare beyond them) and reads header values as
/// Latin-1, so a value that is not printable ASCII reaches this check instead of failing inside the server.
/// </summary>
internal sealed class RequestHeadersMiddleware(RequestDelegate next, ProblemResponses problems)
{
    public const int MaxHeaderBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;
    public const int MaxRequestTargetLength = 8 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        if (target.Length > MaxRequestTargetLength)
        {
            await problems.WriteAsync(context, StatusCodes.Status414UriTooLong, "Address too long",
                $"The path and query are limited to {MaxRequestTargetLength} characters.", "uri-too-long");
            return;
        }

        var headers = context.Request.Headers;
        if (headers.Count > MaxHeaderCount || headers.Sum(header => header.Key.Length + header.Value.Sum(value => value?.Length ?? 0)) > MaxHeaderBytes)
        {
            await problems.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large",
                $"A request carries at most {MaxHeaderCount} headers of {MaxHeaderBytes} bytes in all.", "headers-too-large");
            return;
        }

        var unreadable = headers.FirstOrDefault(header => header.Value.Any(value => value is not null && !IsPrintableAscii(value))).Key;
        if (unreadable is not null)
        {
            await problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Invalid header",
                "Header values are printable ASCII (RFC 9110 §5.5).", "invalid-header",
                new Dictionary<string, string[]> { [FieldPath.Of(unreadable)] = ["The value holds a control character or a byte outside ASCII."] });
            return;
        }

        await next(context);
    }

    private static bool IsPrintableAscii(string value)
    {
        foreach (var character in value)
        {
            if (character is not ('\t' or >= ' ' and <= '~'))
            {
                return false;
            }
        }

        return true;
    }
}
