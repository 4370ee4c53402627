using OpsPlan.Modules.Integrations.Application.Delivery;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks.RecordDeliveryRound;

/// <summary>Keeps a round's attempts and moves the delivery and its subscription on. Sent by the webhook dispatcher only.</summary>
internal sealed record RecordDeliveryRoundCommand(Guid SubscriptionId, Guid DeliveryId, RoundResult Round) : ICommand<WebhookDeliveryDto>;
