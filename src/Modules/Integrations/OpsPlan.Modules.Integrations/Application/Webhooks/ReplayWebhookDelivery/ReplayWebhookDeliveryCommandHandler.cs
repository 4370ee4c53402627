using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.ReplayWebhookDelivery;

internal sealed class ReplayWebhookDeliveryCommandHandler(IWebhookDeliveryRepository deliveries, IClock clock) : ICommandHandler<ReplayWebhookDeliveryCommand, WebhookDeliveryDto>
{
    public async Task<WebhookDeliveryDto> Handle(ReplayWebhookDeliveryCommand request, CancellationToken cancellationToken)
    {
        var delivery = await deliveries.GetAsync(request.SubscriptionId, request.DeliveryId, cancellationToken);
        delivery.Replay(clock.UtcNow);
        await deliveries.UpdateAsync(delivery, cancellationToken);
        return WebhookDeliveryRow.ToDto(delivery);
    }
}
