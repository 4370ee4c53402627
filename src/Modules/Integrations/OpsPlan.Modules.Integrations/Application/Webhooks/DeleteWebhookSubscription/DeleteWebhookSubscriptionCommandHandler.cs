using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.DeleteWebhookSubscription;

internal sealed class DeleteWebhookSubscriptionCommandHandler(IWebhookSubscriptionRepository subscriptions)
    : ICommandHandler<DeleteWebhookSubscriptionCommand, WebhookSubscriptionDto>
{
    public async Task<WebhookSubscriptionDto> Handle(DeleteWebhookSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        await subscriptions.DeleteAsync(subscription, cancellationToken);
        return WebhookSubscriptionRow.ToDto(subscription);
    }
}
