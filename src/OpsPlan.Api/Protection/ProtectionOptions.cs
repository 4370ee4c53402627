namespace OpsPlan.Api.Protection;

/// <summary>
/// The "Protection" configuration section: every abuse limit is configuration, so a load test or a trusted
/// integrator's deployment can raise it without a code change.
/// </summary>
public sealed class ProtectionOptions
{
    public const string Section = "Protection";

    /// <summary>Requests one client (user, API key, or address when anonymous) may make per window.</summary>
    public int RateLimitPermits { get; set; } = 1_200;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest request body accepted (413 beyond it). A 1,000-item batch stays well below the default.</summary>
    public long MaxRequestBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// The largest body of a batch sync. The default holds the largest legal batch: 1,000 items with every text field
    /// at its longest, written as JSON escapes (six bytes a character).
    /// </summary>
    public long MaxBatchBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Browser origins of the operations console allowed to call the API (CORS). Empty: none.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Redirect HTTP to HTTPS and send HSTS. Off in Development; turn off behind a TLS-terminating proxy.</summary>
    public bool RequireHttps { get; set; } = true;
}
