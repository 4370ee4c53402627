using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.ListWebhookSubscriptions;

internal sealed class ListWebhookSubscriptionsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListWebhookSubscriptionsQuery, Page<WebhookSubscriptionDto>>
{
    public Task<Page<WebhookSubscriptionDto>> Handle(ListWebhookSubscriptionsQuery request, CancellationToken cancellationToken) =>
        new KeysetListSql(WebhookSubscriptionRow.SelectFromSql, request).ReadAsync(connectionFactory, (WebhookSubscriptionRow row) => row.ToDto(), cancellationToken);
}
