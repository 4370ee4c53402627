using Microsoft.AspNetCore.Authorization;
using OpsPlan.BuildingBlocks.Application.Security;

namespace OpsPlan.Api.Security;

/// <summary>
/// Reads are open to every role; writes need the module's role or admin (<c>&lt;module&gt;:write</c>); batch syncs
/// also take integrators (<c>&lt;module&gt;:sync</c>); admin operations only admins. Each module adds its own two.
/// </summary>
public static class Policies
{
    public const string Read = "read";
    public const string Admin = "admin";

    public static string WriteOf(string module) => module + ":write";

    public static string SyncOf(string module) => module + ":sync";

    internal static void Add(AuthorizationOptions options, IEnumerable<ModuleApi> modules)
    {
        options.AddPolicy(Read, policy => policy.RequireRole(Roles.All));
        options.AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin));
        foreach (var module in modules)
        {
            module.AddPolicies(options);
        }
    }
}
