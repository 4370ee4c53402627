namespace OpsPlan.Api.Protection;

/// <summary>Where the health checks answer: anonymous, never rate-limited, never idempotency-keyed.</summary>
internal static class HealthPaths
{
    public const string Prefix = "/health";
    public const string Live = Prefix + "/live";
    public const string Ready = Prefix + "/ready";
}
