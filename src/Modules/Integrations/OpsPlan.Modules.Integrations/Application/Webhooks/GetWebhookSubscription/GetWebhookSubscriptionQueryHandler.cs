using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.GetWebhookSubscription;

internal sealed class GetWebhookSubscriptionQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetWebhookSubscriptionQuery, WebhookSubscriptionDto>
{
    private const string Sql = WebhookSubscriptionRow.SelectFromSql + " WHERE id = @Id";

    public async Task<WebhookSubscriptionDto> Handle(GetWebhookSubscriptionQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<WebhookSubscriptionRow>(Sql, new { request.Id }, "Webhook subscription", request.Id, cancellationToken)).ToDto();
}
