namespace OpsPlan.Api.Composition;

/// <summary>The host's own groups of operations, shown after every module's.</summary>
internal static class PlatformTags
{
    public static readonly ApiTag Audit = new("Admin: audit", "Admins only: who did what to which record, across every module.");
    public static readonly ApiTag Outbox = new("Admin: outbox", "Admins only: events a consumer kept refusing, parked until the cause is fixed and retried.");

    public static readonly IReadOnlyList<ApiTag> All = [Audit, Outbox];
}
