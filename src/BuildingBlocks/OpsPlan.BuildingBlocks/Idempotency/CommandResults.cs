using System.Text.Json;
using Dapper;
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

    /// <summary>The result stored under the claim's key, if any; a key stored for another request is a 422.</summary>
    public Task<StoredResult<TResponse>> FindAsync<TResponse>(IUnitOfWork unitOfWork, IdempotencyClaim claim, string command, CancellationToken cancellationToken) =>
        FindAsync<TResponse>(unitOfWork.Connection.QuerySingleOrDefaultAsync<StoredRow>(
            new CommandDefinition(unitOfWork.Module.Sql(FindSql), Parameters(claim), unitOfWork.Transaction, cancellationToken: cancellationToken)), claim, command);

    /// <summary>Reads the result another instance committed under the key while this one was running the same request.</summary>
    public async Task<StoredResult<TResponse>> FindCommittedAsync<TResponse>(ModuleDescriptor module, IdempotencyClaim claim, string command, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await FindAsync<TResponse>(connection.QuerySingleOrDefaultAsync<StoredRow>(
            new CommandDefinition(module.Sql(FindSql), Parameters(claim), cancellationToken: cancellationToken)), claim, command);
    }

    public async Task RecordAsync<TResponse>(IUnitOfWork unitOfWork, IdempotencyClaim claim, string command, TResponse response, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(PurgeSql), new { ExpiredBefore = now - IdempotencyStore.Lifetime }, cancellationToken);
        await unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(InsertSql), new
        {
            claim.UserId,
            claim.Key,
            claim.RequestHash,
            Command = command,
            Result = JsonSerializer.Serialize(response, StoredJson.Options),
            Now = now,
        }, cancellationToken);
    }

    private static async Task<StoredResult<TResponse>> FindAsync<TResponse>(Task<StoredRow?> read, IdempotencyClaim claim, string command)
    {
        if (await read is not { } row)
        {
            return StoredResult<TResponse>.None;
        }

        if (row.RequestHash != claim.RequestHash || row.Command != command)
        {
            throw new IdempotencyKeyReusedException();
        }

        return new StoredResult<TResponse>(true, JsonSerializer.Deserialize<TResponse>(row.Result, StoredJson.Options)!);
    }

    private object Parameters(IdempotencyClaim claim) =>
        new { claim.UserId, claim.Key, ExpiredBefore = clock.UtcNow - IdempotencyStore.Lifetime };

    private sealed record StoredRow(string RequestHash, string Command, string Result);
}

internal readonly record struct StoredResult<T>(bool Found, T Value)
{
    public static StoredResult<T> None => default;
}
