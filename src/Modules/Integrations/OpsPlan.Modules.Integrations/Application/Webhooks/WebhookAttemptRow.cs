using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks;

/// <summary>A row of <c>integrations.webhook_attempts</c>: attempts are never changed, so their time is both list keys.</summary>
internal sealed class WebhookAttemptRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, delivery_id AS DeliveryId, event_id AS EventId, attempted_at AS AttemptedAt, status_code AS StatusCode, duration_ms AS DurationMs, error AS Error,
               succeeded AS Succeeded
        FROM integrations.webhook_attempts
        """;

    public Guid Id { get; init; }

    public Guid DeliveryId { get; init; }

    public Guid EventId { get; init; }

    public DateTime AttemptedAt { get; init; }

    public int? StatusCode { get; init; }

    public int DurationMs { get; init; }

    public string? Error { get; init; }

    public bool Succeeded { get; init; }

    public WebhookAttemptDto ToDto() => new()
    {
        Id = Id, DeliveryId = DeliveryId, EventId = EventId, AttemptedAt = AttemptedAt, StatusCode = StatusCode, DurationMs = DurationMs, Error = Error, Succeeded = Succeeded,
    };
}
