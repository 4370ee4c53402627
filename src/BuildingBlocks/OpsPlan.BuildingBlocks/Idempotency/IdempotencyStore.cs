using System.Data.Common;
using Dapper;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Idempotency;

/// <summary>
/// Idempotency keys in the database, so every API instance sees them. A key is reserved before the work starts
/// (a second request with it while the first runs is refused), completed with the response, or released when the
/// work failed so the caller may retry. Keys live 24 hours; a reservation whose request died is taken over after ten
/// seconds. Taking one over early is safe: the command's own stored result (<see cref="CommandResults"/>) is found by the
/// retry, so the work never runs twice.
/// </summary>
public sealed class IdempotencyStore(IDbConnectionFactory connectionFactory, IClock clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(10);

    private const string FindSql = """
        SELECT request_hash AS RequestHash, created_at AS CreatedAt, completed_at AS CompletedAt, status_code AS StatusCode,
               content_type AS ContentType, location AS Location, etag AS ETag, body AS Body
        FROM platform.idempotency_keys WHERE user_id = @UserId AND idempotency_key = @Key
        """;

    private const string DeleteStaleSql = """
        DELETE FROM platform.idempotency_keys
        WHERE user_id = @UserId AND idempotency_key = @Key
          AND (created_at < @ExpiredBefore OR (completed_at IS NULL AND created_at < @AbandonedBefore))
        """;

    private const string ReserveSql = """
        INSERT INTO platform.idempotency_keys (user_id, idempotency_key, request_hash, created_at)
        VALUES (@UserId, @Key, @RequestHash, @Now)
        """;

    private const string CompleteSql = """
        UPDATE platform.idempotency_keys
        SET completed_at = @Now, status_code = @StatusCode, content_type = @ContentType, location = @Location, etag = @ETag, body = @Body
        WHERE user_id = @UserId AND idempotency_key = @Key
        """;

    private const string ReleaseSql = "DELETE FROM platform.idempotency_keys WHERE user_id = @UserId AND idempotency_key = @Key AND completed_at IS NULL";

    /// <summary>Reserves the key, or returns the record that already holds it.</summary>
    public async Task<IdempotencyRecord?> TryReserveAsync(string userId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DeleteStaleSql, new
        {
            UserId = userId,
            Key = key,
            ExpiredBefore = now - Lifetime,
            AbandonedBefore = now - AbandonedAfter,
        }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(ReserveSql, new { UserId = userId, Key = key, RequestHash = requestHash, Now = now }, cancellationToken: cancellationToken));
            return null;
        }
        catch (DbException exception) when (UniqueKeyViolation.Is(exception))
        {
            return await connection.QuerySingleOrDefaultAsync<IdempotencyRecord>(new CommandDefinition(FindSql, new { UserId = userId, Key = key }, cancellationToken: cancellationToken))
                ?? throw new InvalidOperationException("The idempotency key vanished while being read; retry the request.", exception);
        }
    }

    public async Task CompleteAsync(string userId, string key, IdempotentResponse response, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CompleteSql, new
        {
            UserId = userId,
            Key = key,
            Now = clock.UtcNow,
            response.StatusCode,
            response.ContentType,
            response.Location,
            response.ETag,
            response.Body,
        }, cancellationToken: cancellationToken));
    }

    public async Task ReleaseAsync(string userId, string key)
    {
        await using var connection = await connectionFactory.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(ReleaseSql, new { UserId = userId, Key = key }));
    }
}
