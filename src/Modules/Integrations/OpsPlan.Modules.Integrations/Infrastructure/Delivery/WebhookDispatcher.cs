using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Integrations.Application;
using OpsPlan.Modules.Integrations.Application.Delivery;
using OpsPlan.Modules.Integrations.Application.Webhooks.RecordDeliveryRound;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Infrastructure.Delivery;

/// <summary>
/// Sends the deliveries that are due, oldest event first, for enabled subscriptions only. Each instance claims a batch
/// (so two instances never send one delivery at once), sends a round for each, and records the round in its own
/// transaction. A claim that outlives a crash runs out and the delivery is sent again: receivers drop duplicates by
/// <c>webhook-id</c>, as the specification expects.
/// </summary>
internal sealed class WebhookDispatcher(IDbConnectionFactory connectionFactory, IServiceScopeFactory scopes, IWebhookSender sender, IOptions<WebhooksOptions> options,
    IClock clock, ILogger<WebhookDispatcher> logger)
{
    private const string ClaimSqlite = """
        UPDATE integrations.webhook_deliveries
        SET locked_until = @LockedUntil
        WHERE id IN (
            SELECT d.id
            FROM integrations.webhook_deliveries d
            JOIN integrations.webhook_subscriptions s ON s.id = d.subscription_id
            WHERE d.status = 'pending' AND d.next_attempt_at <= @Now AND (d.locked_until IS NULL OR d.locked_until < @Now) AND s.enabled = 1
            ORDER BY d.next_attempt_at, d.position
            LIMIT @BatchSize)
        RETURNING id AS Id
        """;

    private const string ClaimSqlServer = """
        WITH batch AS (
            SELECT TOP (@BatchSize) d.id, d.locked_until
            FROM integrations.webhook_deliveries d WITH (UPDLOCK, READPAST, ROWLOCK)
            JOIN integrations.webhook_subscriptions s ON s.id = d.subscription_id
            WHERE d.status = 'pending' AND d.next_attempt_at <= @Now AND (d.locked_until IS NULL OR d.locked_until < @Now) AND s.enabled = 1
            ORDER BY d.next_attempt_at, d.position)
        UPDATE batch
        SET locked_until = @LockedUntil
        OUTPUT inserted.id AS Id;
        """;

    private const string MessagesSql = """
        SELECT d.id AS DeliveryId, d.subscription_id AS SubscriptionId, d.event_id AS EventId, d.event_type AS EventType, d.next_attempt_at AS NextAttemptAt,
               d.position AS Position, e.occurred_at AS OccurredAt, e.payload AS Payload, s.url AS Url, s.secret AS Secret, s.previous_secret AS PreviousSecret,
               s.previous_secret_valid_until AS PreviousSecretValidUntil
        FROM integrations.webhook_deliveries d
        JOIN integrations.webhook_subscriptions s ON s.id = d.subscription_id
        JOIN integrations.published_events e ON e.event_id = d.event_id
        WHERE d.id IN @Ids
        """;

    /// <summary>Sends rounds until nothing is due (a failed round waits its round delay, so this ends); returns how many rounds were sent.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        IReadOnlyList<MessageRow> batch;
        do
        {
            batch = await ClaimAsync(cancellationToken);
            foreach (var row in batch)
            {
                var round = await sender.SendAsync(row.ToMessage(clock.UtcNow), cancellationToken);
                await RecordAsync(row, round, cancellationToken);
                sent++;
            }
        }
        while (batch.Count > 0);

        return sent;
    }

    private async Task<IReadOnlyList<MessageRow>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var settings = options.Value;
        // Long enough for a whole round: every attempt's timeout and the back-off between them.
        var lockedUntil = now + ((settings.AttemptTimeout + settings.RetryDelay) * (settings.RetriesPerRound + 1) * 2);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var dialect = connectionFactory.Dialect;
        var ids = (await connection.QueryAsync<Guid>(new CommandDefinition(dialect.Pick(ClaimSqlite, ClaimSqlServer),
            new { Now = now, LockedUntil = lockedUntil, settings.BatchSize }, cancellationToken: cancellationToken))).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await connection.QueryAsync<MessageRow>(new CommandDefinition(MessagesSql, new { Ids = dialect.IdList(ids) }, cancellationToken: cancellationToken));
        return rows.OrderBy(row => row.NextAttemptAt).ThenBy(row => row.Position).ToList();
    }

    private async Task RecordAsync(MessageRow row, RoundResult round, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IDispatcher>().SendAsync(new RecordDeliveryRoundCommand(row.SubscriptionId, row.DeliveryId, round), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The subscription was deleted meanwhile, say: the claim runs out and the delivery (if it still exists) is sent again.
            logger.LogError(exception, "Recording webhook delivery {DeliveryId} failed", row.DeliveryId);
        }
    }

    private sealed class MessageRow
    {
        public Guid DeliveryId { get; init; }

        public Guid SubscriptionId { get; init; }

        public Guid EventId { get; init; }

        public string EventType { get; init; } = "";

        public DateTime NextAttemptAt { get; init; }

        public long Position { get; init; }

        public DateTime OccurredAt { get; init; }

        public string Payload { get; init; } = "{}";

        public string Url { get; init; } = "";

        public string Secret { get; init; } = "";

        public string? PreviousSecret { get; init; }

        public DateTime? PreviousSecretValidUntil { get; init; }

        public WebhookMessage ToMessage(DateTime now) => new(DeliveryId, SubscriptionId, EventId, new Uri(Url),
            new SigningSecrets(Secret, PreviousSecret, PreviousSecretValidUntil).At(now), Body());

        /// <summary>The Standard Webhooks payload: the event's type, its time and its fields as its module published them.</summary>
        private string Body()
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("type", EventType);
                writer.WriteString("timestamp", OccurredAt);
                writer.WritePropertyName("data");
                writer.WriteRawValue(Payload);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
