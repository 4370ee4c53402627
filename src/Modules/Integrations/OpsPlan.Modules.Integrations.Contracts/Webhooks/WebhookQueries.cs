namespace OpsPlan.Modules.Integrations.Contracts.Webhooks;

public sealed record GetWebhookSubscriptionQuery(Guid Id) : IQuery<WebhookSubscriptionDto>;

public sealed record ListWebhookSubscriptionsQuery(int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<WebhookSubscriptionDto>>, IListQuery;

/// <summary>A subscription's deliveries, newest first (by status, several allowed).</summary>
public sealed record ListWebhookDeliveriesQuery(Guid SubscriptionId, IReadOnlyList<WebhookDeliveryStatus>? Status = null, int? Limit = null, string? Cursor = null)
    : IQuery<Page<WebhookDeliveryDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;

    public string? Sort => null;
}

/// <summary>Every attempt made for a subscription, newest first; for one delivery with <c>deliveryId</c>.</summary>
public sealed record ListWebhookAttemptsQuery(Guid SubscriptionId, Guid? DeliveryId = null, int? Limit = null, string? Cursor = null)
    : IQuery<Page<WebhookAttemptDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;

    public string? Sort => null;
}

/// <summary>Every integration event the modules publish, by name.</summary>
public sealed record ListEventTypesQuery : IQuery<IReadOnlyList<EventTypeDto>>;
