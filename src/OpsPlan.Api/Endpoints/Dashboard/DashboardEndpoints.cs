using OpsPlan.Modules.Dashboard.Contracts.Home;

namespace OpsPlan.Api.Endpoints.Dashboard;

/// <summary>GET /api/v1/dashboard.</summary>
internal static class DashboardEndpoints
{
    public static void MapDashboard(this RouteGroupBuilder module) =>
        module.MapGet("/dashboard", GetAsync).WithTag(DashboardApi.Home).Computes<DashboardDto>()
            .Named("GetDashboard", "The operations console's home",
                "One section per module over from..to inclusive (default: the 30 days to today; from alone runs to today; at most 366 days): growth KPIs "
                + "with CAC, budget lines in warning or over, runway, the five highest-scoring open risks and open incidents by severity, partner SLA "
                + "breaches and probation, the overseas pipeline, products in decline. Each section has its own asOf; a module that fails gives its "
                + "section status 'unavailable' and an error instead of data, and the rest is still served.");

    private static async Task<IResult> GetAsync(IDispatcher dispatcher, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetDashboardQuery(from, to), cancellationToken));
}
