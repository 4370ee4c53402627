using OpsPlan.Api.Errors;

namespace OpsPlan.Api.Protection;

/// <summary>
/// Refuses a declared body over the limit before anything reads it. Kestrel enforces the same limit on bodies sent
/// without a length; this check gives both the same 413 problem, on any server.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, ProtectionOptions options)
{
    public async Task InvokeAsync(HttpContext context, ProblemResponses problems)
    {
        if (context.Request.ContentLength > options.MaxRequestBodyBytes)
        {
            await problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"Request bodies are limited to {options.MaxRequestBodyBytes} bytes.", "body-too-large");
            return;
        }

        await next(context);
    }
}
