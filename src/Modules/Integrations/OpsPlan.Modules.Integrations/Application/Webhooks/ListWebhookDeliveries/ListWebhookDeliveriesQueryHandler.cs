using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListWebhookDeliveriesQuery, Page<WebhookDeliveryDto>>
{
    public async Task<Page<WebhookDeliveryDto>> Handle(ListWebhookDeliveriesQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(WebhookSql.SubscriptionExistsSql, new { request.SubscriptionId }, "Webhook subscription", request.SubscriptionId, cancellationToken);
        var list = new KeysetListSql(WebhookDeliveryRow.SelectFromSql, request)
            .WhereIfPresent(request.SubscriptionId, "subscription_id = @SubscriptionId", "SubscriptionId")
            .WhereAnyOf(request.Status, "status", "Status");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (WebhookDeliveryRow row) => row.ToDto(), cancellationToken);
    }
}
