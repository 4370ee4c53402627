using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace OpsPlan.Api.Protection;

/// <summary>
/// The headers every response carries, success or problem alike: no sniffing, no framing, no referrer, the client's
/// rate limit, and (outside Swagger UI, whose pages are HTML with scripts) a strict content security policy and
/// <c>Cache-Control: no-store</c>, since every answer is one caller's data. They are set as the response starts, so
/// the exception handler clearing a failed response cannot drop them, nor leave its own Pragma and Expires behind.
/// </summary>
internal sealed class ResponseHeadersMiddleware(RequestDelegate next, ProtectionOptions options)
{
    public const string RateLimitHeader = "X-RateLimit-Limit";

    private readonly string _rateLimit = options.RateLimitPermits.ToString(CultureInfo.InvariantCulture);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (context, rateLimit) = ((HttpContext, string))state;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers[RateLimitHeader] = rateLimit;
            if (!context.Request.Path.StartsWithSegments("/swagger"))
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                headers.CacheControl = "no-store";
                headers.Remove(HeaderNames.Pragma);
                headers.Remove(HeaderNames.Expires);
            }

            return Task.CompletedTask;
        }, (context, _rateLimit));
        return next(context);
    }
}
