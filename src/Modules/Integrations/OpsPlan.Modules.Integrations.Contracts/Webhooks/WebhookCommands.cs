using OpsPlan.BuildingBlocks.Idempotency;

namespace OpsPlan.Modules.Integrations.Contracts.Webhooks;

/// <summary>
/// Where to deliver which events: an https URL (http only where <c>Webhooks:AllowHttp</c>, as in Development; never a
/// private, loopback or link-local address unless <c>Webhooks:AllowPrivateNetworks</c>), the event types (names from
/// <c>GET /admin/webhooks/event-types</c>, or <c>*</c> for all), a description and whether it is enabled (by default).
/// </summary>
public sealed record WebhookSubscriptionRequest(string Url, IReadOnlyList<string> EventTypes, string? Description, bool? Enabled)
    : IBodyOf<CreateWebhookSubscriptionCommand>, IBodyOf<UpdateWebhookSubscriptionCommand>;

/// <summary>Registers a subscription with a new signing secret, shown in this response only.</summary>
public sealed record CreateWebhookSubscriptionCommand(WebhookSubscriptionRequest Fields) : ICommand<CreatedWebhookSubscriptionDto>, ISecretResult;

/// <summary>Changes a subscription; enabling a disabled one clears its failures and the reason it was disabled.</summary>
public sealed record UpdateWebhookSubscriptionCommand(Guid Id, ExpectedVersion? ExpectedVersion, WebhookSubscriptionRequest Fields) : ICommand<WebhookSubscriptionDto>;

/// <summary>Removes a subscription with its deliveries and attempts: nothing more is sent to it.</summary>
public sealed record DeleteWebhookSubscriptionCommand(Guid Id, ExpectedVersion? ExpectedVersion) : ICommand<WebhookSubscriptionDto>;

/// <summary>
/// Gives the subscription a new secret, shown in this response only; the old one stays valid for
/// <c>Webhooks:SecretGracePeriod</c>, during which every delivery is signed with both.
/// </summary>
public sealed record RotateWebhookSecretCommand(Guid Id, ExpectedVersion? ExpectedVersion) : ICommand<RotatedWebhookSecretDto>, ISecretResult;

/// <summary>Sends a delivery again from its first round (a pending one is 409 <c>integrations.delivery-pending</c>).</summary>
public sealed record ReplayWebhookDeliveryCommand(Guid SubscriptionId, Guid DeliveryId) : ICommand<WebhookDeliveryDto>;
