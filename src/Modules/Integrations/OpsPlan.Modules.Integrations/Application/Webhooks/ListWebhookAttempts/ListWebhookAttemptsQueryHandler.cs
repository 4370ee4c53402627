using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.ListWebhookAttempts;

internal sealed class ListWebhookAttemptsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListWebhookAttemptsQuery, Page<WebhookAttemptDto>>
{
    public async Task<Page<WebhookAttemptDto>> Handle(ListWebhookAttemptsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(WebhookSql.SubscriptionExistsSql, new { request.SubscriptionId }, "Webhook subscription", request.SubscriptionId, cancellationToken);
        var list = new KeysetListSql(WebhookAttemptRow.SelectFromSql, request, "attempted_at", "attempted_at")
            .WhereIfPresent(request.SubscriptionId, "subscription_id = @SubscriptionId", "SubscriptionId")
            .WhereIfPresent(request.DeliveryId, "delivery_id = @DeliveryId", "DeliveryId");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (WebhookAttemptRow row) => (row.AttemptedAt, row.AttemptedAt, row.Id), row => row.ToDto(),
            cancellationToken);
    }
}
