using OpsPlan.Api.Security;

namespace OpsPlan.Api.Endpoints.Finance;

internal static class FinanceEndpoints
{
    public static void MapFinanceModule(this IEndpointRouteBuilder app)
    {
        var module = app.MapGroup("/api/v1/finance").RequireAuthorization(Policies.Read);
        module.MapCostCenters();
        module.MapBudgets();
        module.MapTransactions();
        module.MapCash();
    }
}
