using OpsPlan.Modules.Integrations.Contracts;

namespace OpsPlan.Modules.Integrations.Domain.Webhooks;

/// <summary>
/// One published event on its way to one subscription. Each round is an attempt and its quick retries; a failed round
/// waits longer before the next (doubling from the round delay), and after the last round the delivery fails for good
/// until an admin replays it.
/// </summary>
internal sealed class WebhookDelivery
{
    public const string Pending = "integrations.delivery-pending";

    private WebhookDelivery(Guid id, Guid subscriptionId, Guid eventId, string eventType, long position, DateTime createdAt)
    {
        Id = id;
        SubscriptionId = subscriptionId;
        EventId = eventId;
        EventType = eventType;
        Position = position;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }

    public Guid SubscriptionId { get; }

    public Guid EventId { get; }

    public string EventType { get; }

    /// <summary>The event's place in the feed: deliveries go out in this order.</summary>
    public long Position { get; }

    public WebhookDeliveryStatus Status { get; private set; }

    public int Rounds { get; private set; }

    public DateTime? NextAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public DateTime CreatedAt { get; }

    public DateTime UpdatedAt { get; private set; }

    public static WebhookDelivery Schedule(Guid subscriptionId, Guid eventId, string eventType, long position, DateTime now) =>
        new(Ids.New(), subscriptionId, eventId, eventType, position, now) { Status = WebhookDeliveryStatus.Pending, NextAttemptAt = now, UpdatedAt = now };

    public static WebhookDelivery Restore(Guid id, Guid subscriptionId, Guid eventId, string eventType, long position, WebhookDeliveryStatus status, int rounds,
        DateTime? nextAttemptAt, int? lastStatusCode, string? lastError, DateTime? deliveredAt, DateTime createdAt, DateTime updatedAt) =>
        new(id, subscriptionId, eventId, eventType, position, createdAt)
        {
            Status = status, Rounds = rounds, NextAttemptAt = nextAttemptAt, LastStatusCode = lastStatusCode, LastError = lastError, DeliveredAt = deliveredAt,
            UpdatedAt = updatedAt,
        };

    public void Succeeded(int statusCode, DateTime now)
    {
        Rounds++;
        (Status, NextAttemptAt, LastStatusCode, LastError, DeliveredAt, UpdatedAt) = (WebhookDeliveryStatus.Succeeded, null, statusCode, null, now, now);
    }

    /// <summary>Counts a failed round: the next waits <paramref name="roundDelay"/> × 2^(rounds − 1); after <paramref name="rounds"/> the delivery fails.</summary>
    public void Failed(int? statusCode, string error, int rounds, TimeSpan roundDelay, DateTime now)
    {
        Rounds++;
        var last = Rounds >= rounds;
        Status = last ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        NextAttemptAt = last ? null : now + (roundDelay * Math.Pow(2, Rounds - 1));
        (LastStatusCode, LastError, UpdatedAt) = (statusCode, error, now);
    }

    /// <summary>The endpoint's circuit was open, so nothing was sent: wait for it without spending a round.</summary>
    public void Postpone(DateTime until, string reason, DateTime now) => (NextAttemptAt, LastError, UpdatedAt) = (until, reason, now);

    /// <summary>Starts a settled delivery again from its first round.</summary>
    public void Replay(DateTime now)
    {
        if (Status == WebhookDeliveryStatus.Pending)
        {
            throw new BusinessRuleException(Pending, "The delivery is still on its way.", ["Wait for its rounds to end, or for the subscription to be enabled."]);
        }

        (Status, Rounds, NextAttemptAt, UpdatedAt) = (WebhookDeliveryStatus.Pending, 0, now, now);
    }
}

/// <summary>One HTTP attempt as the delivery log keeps it.</summary>
internal sealed record WebhookAttempt(Guid Id, Guid DeliveryId, Guid SubscriptionId, Guid EventId, DateTime AttemptedAt, int? StatusCode, int DurationMs, string? Error,
    bool Succeeded);
