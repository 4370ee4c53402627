using OpsPlan.Api.Security;

namespace OpsPlan.Api.Endpoints.Risk;

internal static class RiskEndpoints
{
    public static void MapRiskModule(this IEndpointRouteBuilder app)
    {
        var module = app.MapGroup("/api/v1/risk").RequireAuthorization(Policies.Read);
        module.MapRiskViews();
        module.MapRisks();
        module.MapMitigations();
        module.MapIncidents();
    }
}
