namespace OpsPlan.Modules.Integrations.Domain.Webhooks;

internal interface IWebhookSubscriptionRepository
{
    Task<WebhookSubscription> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    /// <summary>The enabled subscriptions: every published event is matched against them.</summary>
    Task<IReadOnlyList<WebhookSubscription>> EnabledAsync(CancellationToken cancellationToken);

    Task AddAsync(WebhookSubscription subscription, CancellationToken cancellationToken);

    Task UpdateAsync(WebhookSubscription subscription, CancellationToken cancellationToken);

    Task DeleteAsync(WebhookSubscription subscription, CancellationToken cancellationToken);
}
