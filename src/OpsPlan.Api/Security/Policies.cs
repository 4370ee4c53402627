using OpsPlan.BuildingBlocks.Application.Security;
using Microsoft.AspNetCore.Authorization;

namespace OpsPlan.Api.Security;

/// <summary>Reads are open to every role; writes need the module's role or admin; batch syncs also take integrators; the audit trail is admin only.</summary>
public static class Policies
{
    public const string Read = "read";
    public const string RiskWrite = "risk:write";
    public const string FinanceWrite = "finance:write";
    public const string FinanceSync = "finance:sync";
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, policy => policy.RequireRole(Roles.All));
        options.AddPolicy(RiskWrite, policy => policy.RequireRole(Roles.Risk, Roles.Admin));
        options.AddPolicy(FinanceWrite, policy => policy.RequireRole(Roles.Finance, Roles.Admin));
        options.AddPolicy(FinanceSync, policy => policy.RequireRole(Roles.Finance, Roles.Admin, Roles.Integrator));
        options.AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin));
    }
}
