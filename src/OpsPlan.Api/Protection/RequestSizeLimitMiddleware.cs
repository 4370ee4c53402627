using OpsPlan.Api.Errors;

namespace OpsPlan.Api.Protection;

/// <summary>
/// Refuses a declared body over the limit before anything reads it (Kestrel enforces the same limit on bodies sent
/// without a length; this check gives both the same 413 problem, on any server), and a query value longer than any
/// text field.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, ProtectionOptions options, ProblemResponses problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<SyncsBatch>() is null ? options.MaxRequestBodyBytes : options.MaxBatchBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"Request bodies are limited to {limit} bytes.", "body-too-large");
            return;
        }

        // A body is kept readable a second time, so a malformed one can be diagnosed field by field (JsonBodyDiagnosis);
        // batch bodies are read item by item already, and may be large.
        if (limit == options.MaxRequestBodyBytes && context.Request.ContentLength is > 0)
        {
            context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit);
        }

        // Kestrel holds every body to the general limit; a batch sync may send more.
        if (limit != options.MaxRequestBodyBytes && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        var tooLong = context.Request.Query.FirstOrDefault(parameter => parameter.Value.Any(value => value?.Length > TextLimits.MaxTextLength)).Key;
        if (tooLong is not null)
        {
            await problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Invalid request", "One or more fields are invalid.", "validation",
                new Dictionary<string, string[]> { [FieldPath.Of(tooLong)] = [$"A query value is at most {TextLimits.MaxTextLength} characters."] });
            return;
        }

        await next(context);
    }
}

/// <summary>Endpoint metadata: a batch sync, whose body may reach <see cref="ProtectionOptions.MaxBatchBodyBytes"/>.</summary>
internal sealed class SyncsBatch
{
    public static readonly SyncsBatch Instance = new();
}
