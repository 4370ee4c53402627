namespace OpsPlan.Modules.Integrations.Application;

/// <summary>The <c>Webhooks</c> configuration section: which URLs are allowed, and how deliveries are tried, retried and given up.</summary>
internal sealed class WebhooksOptions
{
    public const string Section = "Webhooks";

    /// <summary>Allows http URLs (Development's settings do); everywhere else only https.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Allows loopback, private and link-local addresses (a receiver on the same network, or in tests); off in production.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Whether this instance delivers (tests deliver by hand).</summary>
    public bool DeliveryEnabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries claimed per pass.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long one HTTP attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries within a round after the first attempt, with exponential back-off and jitter from <see cref="RetryDelay"/>.</summary>
    public int RetriesPerRound { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rounds before a delivery fails for good (a replay starts it again).</summary>
    public int Rounds { get; set; } = 5;

    /// <summary>The wait before the second round, doubled before each later one.</summary>
    public TimeSpan RoundDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed rounds in a row after which a subscription disables itself.</summary>
    public int DisableAfterFailures { get; set; } = 15;

    /// <summary>An endpoint's circuit opens when this share of its attempts fails within 30 s, once there were at least <see cref="BreakMinimumThroughput"/>.</summary>
    public double BreakFailureRatio { get; set; } = 0.8;

    public int BreakMinimumThroughput { get; set; } = 10;

    /// <summary>How long an open circuit sends nothing to its endpoint.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the secret before a rotation keeps signing.</summary>
    public TimeSpan SecretGracePeriod { get; set; } = TimeSpan.FromHours(24);
}
