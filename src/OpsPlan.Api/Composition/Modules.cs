namespace OpsPlan.Api.Composition;

/// <summary>The modules this host runs, in the order Swagger shows them. Adding a module to the host is one line here.</summary>
internal static class Modules
{
    public static readonly IReadOnlyList<ModuleApi> All =
    [
        new Endpoints.Risk.RiskApi(),
        new Endpoints.Finance.FinanceApi(),
        new Endpoints.Growth.GrowthApi(),
        new Endpoints.Lifecycle.LifecycleApi(),
        new Endpoints.Partners.PartnersApi(),
        new Endpoints.Overseas.OverseasApi(),
        new Endpoints.Integrations.IntegrationsApi(),
        new Endpoints.Dashboard.DashboardApi(),
        new Endpoints.Admin.AccessApi(),
    ];
}
