namespace OpsPlan.Modules.Integrations.Domain.Webhooks;

/// <summary>
/// An integrator's endpoint and the events it wants (seed ch.8: departments and partners kept in step). It signs
/// every delivery with its secret, and during a rotation's grace period with the previous one too; it stops itself
/// after too many failed rounds in a row, saying why, until an admin enables it again.
/// </summary>
internal sealed class WebhookSubscription : AggregateRoot
{
    public const string AllEvents = "*";

    private WebhookSubscription(AggregateState state, WebhookTarget target, bool enabled, string? disabledReason, int consecutiveFailures, SigningSecrets secrets)
        : base(state)
    {
        Target = target;
        Enabled = enabled;
        DisabledReason = disabledReason;
        ConsecutiveFailures = consecutiveFailures;
        Secrets = secrets;
    }

    public WebhookTarget Target { get; private set; }

    public bool Enabled { get; private set; }

    public string? DisabledReason { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    public SigningSecrets Secrets { get; private set; }

    public static (WebhookSubscription Subscription, string Secret) Register(WebhookTarget target, bool enabled, DateTime now)
    {
        var secret = WebhookSecret.New();
        return (new WebhookSubscription(AggregateState.New(now), target, enabled, null, 0, new SigningSecrets(secret, null, null)), secret);
    }

    public static WebhookSubscription Restore(AggregateState state, WebhookTarget target, bool enabled, string? disabledReason, int consecutiveFailures,
        SigningSecrets secrets) => new(state, target, enabled, disabledReason, consecutiveFailures, secrets);

    public bool Wants(string eventType) => Target.EventTypes.Contains(AllEvents) || Target.EventTypes.Contains(eventType);

    /// <summary>Changes the target; enabling a disabled subscription starts its failure count afresh.</summary>
    public void Describe(WebhookTarget target, bool enabled, DateTime now)
    {
        if (enabled && !Enabled)
        {
            ConsecutiveFailures = 0;
            DisabledReason = null;
        }

        Target = target;
        Enabled = enabled;
        DisabledReason = enabled ? null : DisabledReason;
        Touch(now);
    }

    /// <summary>Takes a new secret; the current one keeps signing until <paramref name="now"/> + <paramref name="grace"/>.</summary>
    public string RotateSecret(TimeSpan grace, DateTime now)
    {
        var secret = WebhookSecret.New();
        Secrets = new SigningSecrets(secret, Secrets.Current, now + grace);
        Touch(now);
        return secret;
    }

    public void Succeeded(DateTime now)
    {
        if (ConsecutiveFailures == 0)
        {
            return;
        }

        ConsecutiveFailures = 0;
        Touch(now);
    }

    /// <summary>Counts a failed round; at <paramref name="disableAfter"/> in a row the subscription disables itself with the reason.</summary>
    public void Failed(string lastError, int disableAfter, DateTime now)
    {
        ConsecutiveFailures++;
        if (Enabled && ConsecutiveFailures >= disableAfter)
        {
            Enabled = false;
            DisabledReason = $"Disabled after {ConsecutiveFailures} failed delivery rounds in a row; the last: {lastError}";
        }

        Touch(now);
    }
}

/// <summary>Where a subscription delivers, what, and why it exists.</summary>
internal sealed record WebhookTarget(Uri Url, IReadOnlyList<string> EventTypes, string? Description);

/// <summary>The secret that signs, and the one before the latest rotation with the end of its grace period.</summary>
internal sealed record SigningSecrets(string Current, string? Previous, DateTime? PreviousValidUntil)
{
    /// <summary>The secrets a delivery made at <paramref name="now"/> is signed with: the current one, and the previous while it is valid.</summary>
    public IReadOnlyList<string> At(DateTime now) => Previous is not null && now < PreviousValidUntil ? [Current, Previous] : [Current];
}
