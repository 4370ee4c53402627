using Microsoft.Extensions.Options;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.RotateWebhookSecret;

internal sealed class RotateWebhookSecretCommandHandler(IWebhookSubscriptionRepository subscriptions, IOptions<WebhooksOptions> options, IClock clock)
    : ICommandHandler<RotateWebhookSecretCommand, RotatedWebhookSecretDto>
{
    public async Task<RotatedWebhookSecretDto> Handle(RotateWebhookSecretCommand request, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        var secret = subscription.RotateSecret(options.Value.SecretGracePeriod, clock.UtcNow);
        await subscriptions.UpdateAsync(subscription, cancellationToken);
        return new RotatedWebhookSecretDto(WebhookSubscriptionRow.ToDto(subscription), secret);
    }
}
