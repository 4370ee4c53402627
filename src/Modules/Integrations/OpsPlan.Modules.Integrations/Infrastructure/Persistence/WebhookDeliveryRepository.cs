using OpsPlan.Modules.Integrations.Application.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Infrastructure.Persistence;

internal sealed class WebhookDeliveryRepository(IUnitOfWork unitOfWork) : IWebhookDeliveryRepository
{
    private const string SelectSql = WebhookDeliveryRow.SelectFromSql + " WHERE id = @Id AND subscription_id = @SubscriptionId";

    private const string InsertSql = """
        INSERT INTO integrations.webhook_deliveries (id, subscription_id, event_id, event_type, position, status, rounds, next_attempt_at, last_status_code, last_error,
                                                     delivered_at, created_at, updated_at)
        VALUES (@Id, @SubscriptionId, @EventId, @EventType, @Position, @Status, @Rounds, @NextAttemptAt, @LastStatusCode, @LastError, @DeliveredAt, @CreatedAt, @UpdatedAt)
        """;

    private const string UpdateSql = """
        UPDATE integrations.webhook_deliveries
        SET status = @Status, rounds = @Rounds, next_attempt_at = @NextAttemptAt, locked_until = NULL, last_status_code = @LastStatusCode, last_error = @LastError,
            delivered_at = @DeliveredAt, updated_at = @UpdatedAt
        WHERE id = @Id
        """;

    private const string InsertAttemptSql = """
        INSERT INTO integrations.webhook_attempts (id, delivery_id, subscription_id, event_id, attempted_at, status_code, duration_ms, error, succeeded)
        VALUES (@Id, @DeliveryId, @SubscriptionId, @EventId, @AttemptedAt, @StatusCode, @DurationMs, @Error, @Succeeded)
        """;

    public async Task<WebhookDelivery> GetAsync(Guid subscriptionId, Guid id, CancellationToken cancellationToken) =>
        (await unitOfWork.QuerySingleOrDefaultAsync<WebhookDeliveryRow>(SelectSql, new { Id = id, SubscriptionId = subscriptionId }, cancellationToken)
            ?? throw new NotFoundException("Webhook delivery", id)).ToDomain();

    public Task AddAsync(IReadOnlyCollection<WebhookDelivery> deliveries, CancellationToken cancellationToken) =>
        deliveries.Count == 0 ? Task.CompletedTask : unitOfWork.ExecuteAsync(InsertSql, deliveries.Select(WebhookDeliveryRow.Parameters).ToList(), cancellationToken);

    public Task UpdateAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(UpdateSql, WebhookDeliveryRow.Parameters(delivery), cancellationToken);

    public Task AddAttemptsAsync(IReadOnlyCollection<WebhookAttempt> attempts, CancellationToken cancellationToken) =>
        attempts.Count == 0 ? Task.CompletedTask : unitOfWork.ExecuteAsync(InsertAttemptSql, attempts, cancellationToken);
}
