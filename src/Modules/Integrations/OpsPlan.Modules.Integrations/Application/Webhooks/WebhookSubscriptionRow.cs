using System.Text.Json;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Webhooks;

namespace OpsPlan.Modules.Integrations.Application.Webhooks;

/// <summary>A row of <c>integrations.webhook_subscriptions</c>; event types are a JSON array.</summary>
internal sealed class WebhookSubscriptionRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, url AS Url, event_types AS EventTypes, description AS Description, enabled AS Enabled, disabled_reason AS DisabledReason,
               consecutive_failures AS ConsecutiveFailures, secret AS Secret, previous_secret AS PreviousSecret, previous_secret_valid_until AS PreviousSecretValidUntil,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM integrations.webhook_subscriptions
        """;

    public string Url { get; init; } = "";

    public string EventTypes { get; init; } = "[]";

    public string? Description { get; init; }

    public bool Enabled { get; init; }

    public string? DisabledReason { get; init; }

    public int ConsecutiveFailures { get; init; }

    public string Secret { get; init; } = "";

    public string? PreviousSecret { get; init; }

    public DateTime? PreviousSecretValidUntil { get; init; }

    public WebhookSubscription ToDomain() => WebhookSubscription.Restore(State,
        new WebhookTarget(new Uri(Url), JsonSerializer.Deserialize<string[]>(EventTypes)!, Description), Enabled, DisabledReason, ConsecutiveFailures,
        new SigningSecrets(Secret, PreviousSecret, PreviousSecretValidUntil));

    public WebhookSubscriptionDto ToDto() => ToDto(ToDomain());

    public static WebhookSubscriptionDto ToDto(WebhookSubscription subscription) => new()
    {
        Id = subscription.Id,
        Url = subscription.Target.Url.AbsoluteUri,
        EventTypes = subscription.Target.EventTypes,
        Description = subscription.Target.Description,
        Enabled = subscription.Enabled,
        DisabledReason = subscription.DisabledReason,
        ConsecutiveFailures = subscription.ConsecutiveFailures,
        PreviousSecretValidUntil = subscription.Secrets.PreviousValidUntil,
        CreatedAt = subscription.CreatedAt,
        UpdatedAt = subscription.UpdatedAt,
        Version = subscription.Version,
    };

    public static object Parameters(WebhookSubscription subscription) => new
    {
        subscription.Id,
        Url = subscription.Target.Url.AbsoluteUri,
        EventTypes = JsonSerializer.Serialize(subscription.Target.EventTypes),
        subscription.Target.Description,
        subscription.Enabled,
        subscription.DisabledReason,
        subscription.ConsecutiveFailures,
        Secret = subscription.Secrets.Current,
        PreviousSecret = subscription.Secrets.Previous,
        PreviousSecretValidUntil = subscription.Secrets.PreviousValidUntil,
        subscription.CreatedAt,
        subscription.UpdatedAt,
        subscription.Version,
        subscription.LoadedVersion,
    };
}
