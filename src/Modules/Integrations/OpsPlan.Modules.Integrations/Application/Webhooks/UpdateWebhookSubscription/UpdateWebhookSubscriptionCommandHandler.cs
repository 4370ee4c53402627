using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.UpdateWebhookSubscription;

internal sealed class UpdateWebhookSubscriptionCommandHandler(IWebhookSubscriptionRepository subscriptions, IClock clock)
    : ICommandHandler<UpdateWebhookSubscriptionCommand, WebhookSubscriptionDto>
{
    public async Task<WebhookSubscriptionDto> Handle(UpdateWebhookSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        subscription.Describe(WebhookRules.TargetOf(request.Fields), request.Fields.Enabled ?? true, clock.UtcNow);
        await subscriptions.UpdateAsync(subscription, cancellationToken);
        return WebhookSubscriptionRow.ToDto(subscription);
    }
}
