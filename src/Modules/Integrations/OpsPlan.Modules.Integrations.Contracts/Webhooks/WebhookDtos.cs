namespace OpsPlan.Modules.Integrations.Contracts.Webhooks;

/// <summary>A subscription as admins see it: never its secret.</summary>
public sealed record WebhookSubscriptionDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Url { get; init; }

    public required IReadOnlyList<string> EventTypes { get; init; }

    public string? Description { get; init; }

    public required bool Enabled { get; init; }

    /// <summary>Why delivery stopped by itself, such as after too many failures in a row; null when an admin disabled it.</summary>
    public string? DisabledReason { get; init; }

    /// <summary>Failed rounds since the last success.</summary>
    public required int ConsecutiveFailures { get; init; }

    /// <summary>Until when deliveries are also signed with the secret before the latest rotation.</summary>
    public DateTime? PreviousSecretValidUntil { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>A new subscription: <see cref="Secret"/> (<c>whsec_</c> + base64) is shown this once.</summary>
public sealed record CreatedWebhookSubscriptionDto(WebhookSubscriptionDto Subscription, string Secret) : IIdentifiable
{
    public Guid Id => Subscription.Id;
}

/// <summary>The new secret, shown this once, and until when the old one still signs.</summary>
public sealed record RotatedWebhookSecretDto(WebhookSubscriptionDto Subscription, string Secret) : IIdentifiable, IVersioned
{
    public Guid Id => Subscription.Id;

    public long Version => Subscription.Version;
}

/// <summary>One event for one subscription, through its rounds of attempts.</summary>
public sealed record WebhookDeliveryDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required Guid SubscriptionId { get; init; }

    /// <summary>Also the <c>webhook-id</c> header: the same on every attempt and replay, so a receiver can drop duplicates.</summary>
    public required Guid EventId { get; init; }

    public required string EventType { get; init; }

    public required WebhookDeliveryStatus Status { get; init; }

    /// <summary>Rounds tried so far; each round is one attempt and its retries.</summary>
    public required int Rounds { get; init; }

    public DateTime? NextAttemptAt { get; init; }

    public int? LastStatusCode { get; init; }

    public string? LastError { get; init; }

    public DateTime? DeliveredAt { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}

/// <summary>One HTTP attempt: the response status (none when it never came), how long it took and what went wrong.</summary>
public sealed record WebhookAttemptDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required Guid DeliveryId { get; init; }

    public required Guid EventId { get; init; }

    public required DateTime AttemptedAt { get; init; }

    public int? StatusCode { get; init; }

    public required int DurationMs { get; init; }

    public string? Error { get; init; }

    public required bool Succeeded { get; init; }
}

/// <summary>An event type a subscription can name.</summary>
public sealed record EventTypeDto(string Name, string Module);
