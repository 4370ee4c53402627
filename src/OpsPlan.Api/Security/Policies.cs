using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using OpsPlan.BuildingBlocks.Application.Security;

namespace OpsPlan.Api.Security;

/// <summary>
/// Reads are open to every role but a partner's own key (which reads its own partner only); writes need the module's role or admin (<c>&lt;module&gt;:write</c>); batch syncs
/// also take integrators (<c>&lt;module&gt;:sync</c>); admin operations only admins. Each module adds its own two.
/// </summary>
public static class Policies
{
    public const string Read = "read";
    public const string Admin = "admin";

    /// <summary>Reads a partner's own key may make too (its own partner, agreements and SLA measurements), besides every reader.</summary>
    public const string PartnerScopedRead = "partners:scoped-read";

    /// <summary>The SLA sync: the partners team, integrators, and a partner's own key for its own agreements.</summary>
    public const string PartnerScopedSync = "partners:scoped-sync";

    /// <summary>The event feed: integrators who pull events, and admins.</summary>
    public const string EventFeed = "events:read";

    public static string WriteOf(string module) => module + ":write";

    public static string SyncOf(string module) => module + ":sync";

    /// <summary>A partner role counts only with the partner it is scoped to: a token or key without one reaches nothing.</summary>
    private static bool IsScopedPartner(ClaimsPrincipal user) => user.IsInRole(Roles.Partner) && user.HasClaim(claim => claim.Type == HttpCurrentUser.PartnerClaim);

    private static bool IsReader(ClaimsPrincipal user) => Roles.Readers.Any(user.IsInRole);

    internal static void Add(AuthorizationOptions options, IEnumerable<ModuleApi> modules)
    {
        options.AddPolicy(Read, policy => policy.RequireRole(Roles.Readers));
        options.AddPolicy(PartnerScopedRead, policy => policy.RequireAssertion(context => IsReader(context.User) || IsScopedPartner(context.User)));
        options.AddPolicy(PartnerScopedSync, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.Admin) || context.User.IsInRole(Roles.Partners) || context.User.IsInRole(Roles.Integrator) || IsScopedPartner(context.User)));
        options.AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin));
        options.AddPolicy(EventFeed, policy => policy.RequireRole(Roles.Admin, Roles.Integrator));
        foreach (var module in modules)
        {
            module.AddPolicies(options);
        }
    }
}
