using System.Security.Cryptography;
using System.Text;
using OpsPlan.Api.Errors;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Idempotency;

namespace OpsPlan.Api.Http;

/// <summary>
/// Honours <c>Idempotency-Key</c> on every authenticated POST to the API: the same key with the same request replays the first successful
/// response (status, body, Location, ETag) without doing the work again; with another request it is refused with
/// 422; while the first is still running, with 409. Keys are scoped to the caller and kept in the database. The command
/// the request sends also stores its result under the key in its own transaction, so a retry after a crash between
/// commit and reply replays the result instead of running it twice.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxKeyLength = 255;
    private const string ReplayedHeader = "Idempotent-Replayed";
    private const string ApiPrefix = "/api";

    // Services are resolved only for a POST that carries a key: every other request passes straight through. Keys are
    // kept only for an authenticated caller of the API's own operations: an anonymous request (a health check) stores nothing.
    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.TryGetValue(HeaderName, out var values)
        && context.User.Identity?.IsAuthenticated == true && context.Request.Path.StartsWithSegments(ApiPrefix)
            ? HonourAsync(context, values.ToString())
            : next(context);

    private async Task HonourAsync(HttpContext context, string key)
    {
        var services = context.RequestServices;
        var problems = services.GetRequiredService<ProblemResponses>();
        if (key.Length is 0 or > MaxKeyLength)
        {
            await problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Invalid Idempotency-Key",
                $"The Idempotency-Key header holds 1 to {MaxKeyLength} characters.", code: "idempotency.invalid-key");
            return;
        }

        var store = services.GetRequiredService<IdempotencyStore>();
        var user = services.GetRequiredService<ICurrentUser>();
        var hash = await RequestHashAsync(context.Request);
        var existing = await store.TryReserveAsync(user.Id, key, hash, context.RequestAborted);
        if (existing is not null)
        {
            await AnswerFromExistingAsync(context, existing, hash, problems);
            return;
        }

        var claim = services.GetRequiredService<IdempotencyContext>();
        claim.Hold(new IdempotencyClaim(user.Id, key, hash));
        await ExecuteAndRememberAsync(context, store, claim, user.Id, key);
    }

    private async Task ExecuteAndRememberAsync(HttpContext context, IdempotencyStore store, IdempotencyContext claim, string userId, string key)
    {
        var originalBody = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var completed = false;
        try
        {
            await next(context);
            if (claim.Replayed)
            {
                context.Response.Headers[ReplayedHeader] = "true";
            }

            if (context.Response.StatusCode is >= 200 and < 300)
            {
                await store.CompleteAsync(userId, key, new IdempotentResponse(
                    context.Response.StatusCode,
                    context.Response.ContentType,
                    NullIfEmpty(context.Response.Headers.Location.ToString()),
                    NullIfEmpty(context.Response.Headers.ETag.ToString()),
                    claim.SecretWithheld ? null : Encoding.UTF8.GetString(buffer.ToArray())), CancellationToken.None);
                completed = true;
            }
        }
        finally
        {
            context.Response.Body = originalBody;
            if (!completed)
            {
                // Only a success is remembered: after a refusal the caller may fix the request and retry with the same key.
                await store.ReleaseAsync(userId, key);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, context.RequestAborted);
    }

    private static async Task AnswerFromExistingAsync(HttpContext context, IdempotencyRecord existing, string hash, ProblemResponses problems)
    {
        if (existing.RequestHash != hash)
        {
            await problems.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                new IdempotencyKeyReusedException().Message, code: IdempotencyKeyReusedException.Code);
            return;
        }

        if (existing.CompletedAt is null)
        {
            await problems.WriteAsync(context, StatusCodes.Status409Conflict, "Request in progress",
                "A request with this Idempotency-Key is still being processed. Retry shortly.", code: "idempotency.in-progress");
            return;
        }

        if (existing.Body is null)
        {
            context.Response.Headers.Location = existing.Location;
            await problems.WriteAsync(context, StatusCodes.Status409Conflict, "Secret not replayed", new SecretNotReplayedException(null).Message,
                code: SecretNotReplayedException.Code);
            return;
        }

        context.Response.StatusCode = existing.StatusCode!.Value;
        context.Response.ContentType = existing.ContentType;
        context.Response.Headers[ReplayedHeader] = "true";
        if (existing.Location is not null)
        {
            context.Response.Headers.Location = existing.Location;
        }

        if (existing.ETag is not null)
        {
            context.Response.Headers.ETag = existing.ETag;
        }

        await context.Response.WriteAsync(existing.Body, context.RequestAborted);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static async Task<string> RequestHashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hasher.AppendData(Encoding.UTF8.GetBytes(request.Method + " " + request.Path + request.QueryString + "\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hasher.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hasher.GetHashAndReset());
    }
}
