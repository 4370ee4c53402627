namespace OpsPlan.Modules.Integrations.Domain.Webhooks;

internal interface IWebhookDeliveryRepository
{
    Task<WebhookDelivery> GetAsync(Guid subscriptionId, Guid id, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyCollection<WebhookDelivery> deliveries, CancellationToken cancellationToken);

    /// <summary>Saves the delivery and lets go of the dispatcher's claim on it.</summary>
    Task UpdateAsync(WebhookDelivery delivery, CancellationToken cancellationToken);

    Task AddAttemptsAsync(IReadOnlyCollection<WebhookAttempt> attempts, CancellationToken cancellationToken);
}
