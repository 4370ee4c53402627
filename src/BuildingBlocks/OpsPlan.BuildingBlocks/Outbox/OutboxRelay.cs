using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>
/// Delivers outbox messages through the mediator. Each instance claims a batch (so several API instances never
/// deliver the same message at once), publishes each message in its own scope, and marks it processed, or
/// records the failure and backs the message off exponentially. A message a consumer keeps refusing (a business
/// error, see <see cref="OutboxFailures"/>) is parked after <see cref="OutboxOptions.ParkAfterAttempts"/>; a fault
/// (the database busy or away) is retried for as long as it lasts. A message is never dropped. Each claimed batch is
/// shown to the <see cref="IPublishedEventObserver"/>s first (the event feed, webhooks): until they have taken it, none
/// of it is delivered in process either, and the claim runs out so a later round takes it again.
/// </summary>
public sealed class OutboxRelay(
    IDbConnectionFactory connectionFactory,
    IServiceScopeFactory scopeFactory,
    ModuleCatalog catalog,
    IClock clock,
    OutboxOptions options,
    ILogger<OutboxRelay> logger)
{
    private const string ClaimSqlite = """
        UPDATE {schema}.outbox_messages
        SET locked_by = @Instance, locked_until = @LockedUntil
        WHERE id IN (
            SELECT id FROM {schema}.outbox_messages
            WHERE processed_at IS NULL AND parked_at IS NULL AND (locked_until IS NULL OR locked_until < @Now)
            ORDER BY occurred_at, id
            LIMIT @BatchSize)
        RETURNING id AS Id, occurred_at AS OccurredAt, type AS Type, payload AS Payload, attempts AS Attempts
        """;

    private const string ClaimSqlServer = """
        WITH batch AS (
            SELECT TOP (@BatchSize) id, occurred_at, type, payload, attempts, locked_by, locked_until
            FROM {schema}.outbox_messages WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE processed_at IS NULL AND parked_at IS NULL AND (locked_until IS NULL OR locked_until < @Now)
            ORDER BY occurred_at, id)
        UPDATE batch
        SET locked_by = @Instance, locked_until = @LockedUntil
        OUTPUT inserted.id AS Id, inserted.occurred_at AS OccurredAt, inserted.type AS Type, inserted.payload AS Payload, inserted.attempts AS Attempts;
        """;

    private const string MarkProcessedSql = """
        UPDATE {schema}.outbox_messages
        SET processed_at = @Now, locked_by = NULL, locked_until = NULL, last_error = NULL
        WHERE id IN @Ids AND locked_by = @Instance
        """;

    private const string MarkFailedSql = """
        UPDATE {schema}.outbox_messages
        SET attempts = attempts + 1, last_error = @Error, locked_by = NULL, locked_until = @RetryAt, parked_at = @ParkedAt
        WHERE id = @Id AND locked_by = @Instance
        """;

    private readonly string _instance = Environment.MachineName + ":" + Environment.ProcessId + ":" + Ids.New().ToString("N")[..8];

    /// <summary>Delivers every message that is due, module by module; returns how many were delivered.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        foreach (var module in catalog.WithRecords)
        {
            IReadOnlyList<OutboxMessage> batch;
            do
            {
                batch = await ClaimAsync(module, cancellationToken);
                await ObserveAsync(module, batch, cancellationToken);
                var processed = new List<Guid>();
                foreach (var message in batch)
                {
                    if (await DeliverAsync(module, message, cancellationToken))
                    {
                        processed.Add(message.Id);
                    }
                }

                await MarkProcessedAsync(module, processed, cancellationToken);
                delivered += processed.Count;
            }
            while (batch.Count == options.BatchSize);
        }

        return delivered;
    }

    private async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(ModuleDescriptor module, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var turn = await connectionFactory.EnterWriteAsync(cancellationToken);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var sql = module.Sql(connectionFactory.Dialect.Pick(ClaimSqlite, ClaimSqlServer));
        var claimed = await connection.QueryAsync<OutboxMessage>(new CommandDefinition(sql, new
        {
            Instance = _instance,
            Now = now,
            LockedUntil = now + options.ClaimDuration,
            options.BatchSize,
        }, cancellationToken: cancellationToken));
        return claimed.ToList();
    }

    private async Task ObserveAsync(ModuleDescriptor module, IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var published = batch.Select(message => new PublishedEvent(message.Id, module.Name, message.Type, message.OccurredAt, message.Payload)).ToList();
        foreach (var observer in scope.ServiceProvider.GetServices<IPublishedEventObserver>())
        {
            await observer.ObserveAsync(published, cancellationToken);
        }
    }

    private async Task<bool> DeliverAsync(ModuleDescriptor module, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var integrationEvent = scope.ServiceProvider.GetRequiredService<IntegrationEventSerializer>().Deserialize(message.Type, message.Payload);
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent, cancellationToken);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var attempt = message.Attempts + 1;
            var error = (exception.GetType().Name + ": " + exception.Message) is var text && text.Length > 2000 ? text[..2000] : text;
            if (OutboxFailures.IsRefusal(exception) && attempt >= options.ParkAfterAttempts)
            {
                logger.LogError(exception, "Outbox message {MessageId} ({Type}) was refused on attempt {Attempt}; parked until an admin retries it", message.Id, message.Type, attempt);
                await UpdateAsync(module, MarkFailedSql, new { message.Id, Instance = _instance, Error = error, RetryAt = (DateTime?)null, ParkedAt = (DateTime?)clock.UtcNow }, cancellationToken);
                return false;
            }

            var retryAt = clock.UtcNow + RetryDelay(attempt);
            logger.LogWarning(exception, "Delivering outbox message {MessageId} ({Type}) failed on attempt {Attempt}; next attempt at {RetryAt:O}", message.Id, message.Type, attempt, retryAt);
            await UpdateAsync(module, MarkFailedSql, new { message.Id, Instance = _instance, Error = error, RetryAt = (DateTime?)retryAt, ParkedAt = (DateTime?)null }, cancellationToken);
            return false;
        }
    }

    // One write for the claimed batch, not one per message: each write waits for the module's commands, and a
    // 10,000-event batch announces ~1,000 stage changes. A crash before this write delivers the batch again, as a
    // crash between a delivery and its own mark always could; consumers are idempotent.
    private Task MarkProcessedAsync(ModuleDescriptor module, List<Guid> processed, CancellationToken cancellationToken) =>
        processed.Count == 0
            ? Task.CompletedTask
            : UpdateAsync(module, MarkProcessedSql, new { Ids = connectionFactory.Dialect.IdList(processed), Instance = _instance, Now = clock.UtcNow }, cancellationToken);

    private TimeSpan RetryDelay(int attempt)
    {
        var seconds = Math.Min(Math.Pow(2, Math.Min(attempt, 20)), options.MaxRetryDelay.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    // The claim and the marks wait for the write turn like every other writer (never held while delivering: a
    // consumer's own unit of work takes it). Outside it, SQLite's busy handler let them and the module's next command
    // sleep-and-retry for its lock, up to 100 ms a try.
    private async Task UpdateAsync(ModuleDescriptor module, string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var turn = await connectionFactory.EnterWriteAsync(cancellationToken);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(module.Sql(sql), parameters, cancellationToken: cancellationToken));
    }
}
