using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.CreateWebhookSubscription;

internal sealed class CreateWebhookSubscriptionCommandHandler(IWebhookSubscriptionRepository subscriptions, IClock clock)
    : ICommandHandler<CreateWebhookSubscriptionCommand, CreatedWebhookSubscriptionDto>
{
    public async Task<CreatedWebhookSubscriptionDto> Handle(CreateWebhookSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var (subscription, secret) = WebhookSubscription.Register(WebhookRules.TargetOf(request.Fields), request.Fields.Enabled ?? true, clock.UtcNow);
        await subscriptions.AddAsync(subscription, cancellationToken);
        return new CreatedWebhookSubscriptionDto(WebhookSubscriptionRow.ToDto(subscription), secret);
    }
}
