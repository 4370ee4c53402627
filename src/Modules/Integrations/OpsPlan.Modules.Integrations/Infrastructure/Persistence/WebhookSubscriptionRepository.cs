using OpsPlan.Modules.Integrations.Application.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Infrastructure.Persistence;

internal sealed class WebhookSubscriptionRepository(IUnitOfWork unitOfWork) : IWebhookSubscriptionRepository
{
    private const string SelectSql = WebhookSubscriptionRow.SelectFromSql + " WHERE id = @Id";
    private const string EnabledSql = WebhookSubscriptionRow.SelectFromSql + " WHERE enabled = 1";

    private const string InsertSql = """
        INSERT INTO integrations.webhook_subscriptions (id, url, event_types, description, enabled, disabled_reason, consecutive_failures, secret, previous_secret,
                                                        previous_secret_valid_until, created_at, updated_at, version)
        VALUES (@Id, @Url, @EventTypes, @Description, @Enabled, @DisabledReason, @ConsecutiveFailures, @Secret, @PreviousSecret, @PreviousSecretValidUntil, @CreatedAt,
                @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE integrations.webhook_subscriptions
        SET url = @Url, event_types = @EventTypes, description = @Description, enabled = @Enabled, disabled_reason = @DisabledReason,
            consecutive_failures = @ConsecutiveFailures, secret = @Secret, previous_secret = @PreviousSecret, previous_secret_valid_until = @PreviousSecretValidUntil,
            updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    // Attempts, then deliveries, then the subscription: the foreign keys point that way.
    private const string DeleteAttemptsSql = "DELETE FROM integrations.webhook_attempts WHERE subscription_id = @Id";
    private const string DeleteDeliveriesSql = "DELETE FROM integrations.webhook_deliveries WHERE subscription_id = @Id";
    private const string DeleteSql = "DELETE FROM integrations.webhook_subscriptions WHERE id = @Id AND version = @LoadedVersion";

    public async Task<WebhookSubscription> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<WebhookSubscriptionRow>(SelectSql, new { Id = id }, "Webhook subscription", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<IReadOnlyList<WebhookSubscription>> EnabledAsync(CancellationToken cancellationToken) =>
        (await unitOfWork.QueryAsync<WebhookSubscriptionRow>(EnabledSql, null, cancellationToken)).Select(row => row.ToDomain()).ToList();

    public Task AddAsync(WebhookSubscription subscription, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, WebhookSubscriptionRow.Parameters(subscription), cancellationToken);

    public Task UpdateAsync(WebhookSubscription subscription, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, WebhookSubscriptionRow.Parameters(subscription), cancellationToken);

    public async Task DeleteAsync(WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteAsync(DeleteAttemptsSql, new { subscription.Id }, cancellationToken);
        await unitOfWork.ExecuteAsync(DeleteDeliveriesSql, new { subscription.Id }, cancellationToken);
        await unitOfWork.UpdateVersionedAsync(DeleteSql, new { subscription.Id, subscription.LoadedVersion }, cancellationToken);
    }
}
