namespace OpsPlan.Modules.Integrations.Contracts;

// The Integrations module's published language: these values appear on the wire as kebab-case strings.

/// <summary>pending (due, or waiting for its next round) → succeeded, or failed once every round has failed; a replay makes it pending again.</summary>
public enum WebhookDeliveryStatus
{
    Pending,
    Succeeded,
    Failed,
}
