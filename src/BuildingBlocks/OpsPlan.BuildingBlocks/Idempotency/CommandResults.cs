using System.Text.Json;
using Dapper;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Idempotency;

/// <summary>
/// Results of commands sent with an Idempotency-Key, kept in the command's module and written in its transaction:
/// the effect and the record of it commit together, so no crash can leave one without the other.
/// </summary>
internal sealed class CommandResults(IDbConnectionFactory connectionFactory, IClock clock)
{
    private const string FindSql = """
        SELECT request_hash AS RequestHash, command AS Command, result AS Result
        FROM {schema}.idempotency_results
        WHERE user_id = @UserId AND idempotency_key = @Key AND created_at >= @ExpiredBefore
        """;

    // Expired results go as new ones come, so the table holds about a day of keyed commands.
    private const string PurgeSql = "DELETE FROM {schema}.idempotency_results WHERE created_at < @ExpiredBefore";

    private const string InsertSql = """
        INSERT INTO {schema}.idempotency_results (user_id, idempotency_key, request_hash, command, result, created_at)
        VALUES (@UserId, @Key, @RequestHash, @Command, @Result, @Now)
        """;

    /// <summary>
    /// The result stored under the claim's key, if any. A key stored for another request is a 422; one whose result
    /// held a secret is a 409, since the secret cannot be shown again.
    /// </summary>
    public Task<StoredResult<TResponse>> FindAsync<TResponse>(IUnitOfWork unitOfWork, IdempotencyClaim claim, string command, bool secret, CancellationToken cancellationToken) =>
        FindAsync<TResponse>(unitOfWork.Connection.QuerySingleOrDefaultAsync<StoredRow>(
            new CommandDefinition(unitOfWork.Module.Sql(FindSql), Parameters(claim), unitOfWork.Transaction, cancellationToken: cancellationToken)), claim, command, secret);

    /// <summary>Reads the result another instance committed under the key while this one was running the same request.</summary>
    public async Task<StoredResult<TResponse>> FindCommittedAsync<TResponse>(ModuleDescriptor module, IdempotencyClaim claim, string command, bool secret, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await FindAsync<TResponse>(connection.QuerySingleOrDefaultAsync<StoredRow>(
            new CommandDefinition(module.Sql(FindSql), Parameters(claim), cancellationToken: cancellationToken)), claim, command, secret);
    }

    /// <summary>Stores the result under the key; a result holding a secret is stored as the id of what it made, never the secret.</summary>
    public async Task RecordAsync<TResponse>(IUnitOfWork unitOfWork, IdempotencyClaim claim, string command, TResponse response, bool withholdSecret, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(PurgeSql), new { ExpiredBefore = now - IdempotencyStore.Lifetime }, cancellationToken);
        await unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(InsertSql), new
        {
            claim.UserId,
            claim.Key,
            claim.RequestHash,
            Command = command,
            Result = withholdSecret
                ? JsonSerializer.Serialize(new WithheldResult((response as IIdentifiable)?.Id), StoredJson.Options)
                : JsonSerializer.Serialize(response, StoredJson.Options),
            Now = now,
        }, cancellationToken);
    }

    private static async Task<StoredResult<TResponse>> FindAsync<TResponse>(Task<StoredRow?> read, IdempotencyClaim claim, string command, bool secret)
    {
        if (await read is not { } row)
        {
            return StoredResult<TResponse>.None;
        }

        if (row.RequestHash != claim.RequestHash || row.Command != command)
        {
            throw new IdempotencyKeyReusedException();
        }

        if (secret)
        {
            throw new SecretNotReplayedException(JsonSerializer.Deserialize<WithheldResult>(row.Result, StoredJson.Options)?.Id);
        }

        return new StoredResult<TResponse>(true, JsonSerializer.Deserialize<TResponse>(row.Result, StoredJson.Options)!);
    }

    private object Parameters(IdempotencyClaim claim) =>
        new { claim.UserId, claim.Key, ExpiredBefore = clock.UtcNow - IdempotencyStore.Lifetime };

    /// <summary>What is kept of a result that held a secret.</summary>
    private sealed record WithheldResult(Guid? Id);

    private sealed record StoredRow(string RequestHash, string Command, string Result);
}

internal readonly record struct StoredResult<T>(bool Found, T Value)
{
    public static StoredResult<T> None => default;
}
