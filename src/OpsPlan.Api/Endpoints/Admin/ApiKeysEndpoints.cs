using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Api.Endpoints.Admin;

/// <summary>/api/v1/admin/api-keys: admins issue, list and revoke integrator keys.</summary>
internal static class ApiKeysEndpoints
{
    public static void MapApiKeys(this RouteGroupBuilder module)
    {
        var keys = module.MapGroup("/api-keys").WithTag(AccessApi.ApiKeys);

        keys.MapPost("", CreateAsync).Creates<CreatedApiKeyDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .Named("CreateApiKey", "Issue an API key",
                "The key is in this response only; the server keeps its SHA-256 hash. Integrators send it as X-Api-Key. "
                + "A repeated Idempotency-Key does not issue a second key and cannot show the first again: 409 "
                + "`idempotency.secret-not-replayed`, with Location naming the key it issued.");

        keys.MapGet("", ListAsync).Lists<ApiKeyDto>()
            .Named("ListApiKeys", "List API keys (never the keys themselves)");

        keys.MapGet("/{id:guid}", GetAsync).ReadsOne<ApiKeyDto>()
            .Named("GetApiKey", "Get an API key's record");

        keys.MapDelete("/{id:guid}", RevokeAsync).Deletes()
            .Named("RevokeApiKey", "Revoke an API key",
                "Takes effect at once on every API instance. The record stays, with revokedAt, for the audit trail.");
    }

    private static async Task<IResult> CreateAsync(CreateApiKeyCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        SecretResponses.DoNotCompress(context);
        var created = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/admin/api-keys/{created.Id}", created);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListApiKeysQuery(limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetApiKeyQuery(id), cancellationToken));

    private static async Task<IResult> RevokeAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        await dispatcher.SendAsync(new RevokeApiKeyCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
