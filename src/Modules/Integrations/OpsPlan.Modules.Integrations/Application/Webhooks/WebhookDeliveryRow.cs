using OpsPlan.Modules.Integrations.Contracts;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks;

/// <summary>A row of <c>integrations.webhook_deliveries</c>.</summary>
internal sealed class WebhookDeliveryRow : IListRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, subscription_id AS SubscriptionId, event_id AS EventId, event_type AS EventType, position AS Position, status AS Status, rounds AS Rounds,
               next_attempt_at AS NextAttemptAt, last_status_code AS LastStatusCode, last_error AS LastError, delivered_at AS DeliveredAt, created_at AS CreatedAt,
               updated_at AS UpdatedAt
        FROM integrations.webhook_deliveries
        """;

    public Guid Id { get; init; }

    public Guid SubscriptionId { get; init; }

    public Guid EventId { get; init; }

    public string EventType { get; init; } = "";

    public long Position { get; init; }

    public string Status { get; init; } = "";

    public int Rounds { get; init; }

    public DateTime? NextAttemptAt { get; init; }

    public int? LastStatusCode { get; init; }

    public string? LastError { get; init; }

    public DateTime? DeliveredAt { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public WebhookDelivery ToDomain() => WebhookDelivery.Restore(Id, SubscriptionId, EventId, EventType, Position, EnumText.Parse<WebhookDeliveryStatus>(Status), Rounds,
        NextAttemptAt, LastStatusCode, LastError, DeliveredAt, CreatedAt, UpdatedAt);

    public WebhookDeliveryDto ToDto() => ToDto(ToDomain());

    public static WebhookDeliveryDto ToDto(WebhookDelivery delivery) => new()
    {
        Id = delivery.Id,
        SubscriptionId = delivery.SubscriptionId,
        EventId = delivery.EventId,
        EventType = delivery.EventType,
        Status = delivery.Status,
        Rounds = delivery.Rounds,
        NextAttemptAt = delivery.NextAttemptAt,
        LastStatusCode = delivery.LastStatusCode,
        LastError = delivery.LastError,
        DeliveredAt = delivery.DeliveredAt,
        CreatedAt = delivery.CreatedAt,
        UpdatedAt = delivery.UpdatedAt,
    };

    public static object Parameters(WebhookDelivery delivery) => new
    {
        delivery.Id,
        delivery.SubscriptionId,
        delivery.EventId,
        delivery.EventType,
        delivery.Position,
        Status = EnumText.ToText(delivery.Status),
        delivery.Rounds,
        delivery.NextAttemptAt,
        delivery.LastStatusCode,
        delivery.LastError,
        delivery.DeliveredAt,
        delivery.CreatedAt,
        delivery.UpdatedAt,
    };
}
