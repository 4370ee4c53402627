using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Contracts.Views;

namespace OpsPlan.Api.Endpoints.Risk;

/// <summary>Computed views of the register; GETs that never change data.</summary>
internal static class RiskViewsEndpoints
{
    public static void MapRiskViews(this RouteGroupBuilder module)
    {
        module.MapGet("/risks/heatmap", HeatmapAsync).WithTag(RiskApi.Views).Computes<RiskHeatmapDto>()
            .Named("GetRiskHeatmap", "The 5 × 5 likelihood × impact heat map",
                "All 25 cells with their counts. basis=residual counts only risks with a residual score. Closed risks are left out unless status=closed.");

        module.MapGet("/risks/summary", SummaryAsync).WithTag(RiskApi.Views).Computes<RiskSummaryDto>()
            .Named("GetRiskSummary", "Counts of the register by category, level and status",
                "Every value appears, zeros included; openCritical counts critical risks that are not closed.");

        module.MapGet("/incidents/metrics", MetricsAsync).WithTag(RiskApi.Views).Computes<IncidentMetricsDto>()
            .Named("GetIncidentMetrics", "Mean time to confirm and to recover, by severity",
                "Over incidents detected in [from, to), at most 366 days. Means are in minutes; null when no incident reached that step.");
    }

    private static async Task<IResult> HeatmapAsync(
        IDispatcher dispatcher,
        [EnumValues<HeatmapBasis>] string? basis,
        [EnumValues<RiskCategory>] string? category,
        [EnumValues<RiskStatus>] string? status,
        string? owner,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new GetRiskHeatmapQuery(
            errors.Enum<HeatmapBasis>(basis, nameof(basis)) ?? HeatmapBasis.Inherent,
            errors.Enum<RiskCategory>(category, nameof(category)),
            errors.Enum<RiskStatus>(status, nameof(status)),
            owner);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> SummaryAsync(IDispatcher dispatcher, [EnumValues<RiskCategory>] string? category, string? owner, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new GetRiskSummaryQuery(errors.Enum<RiskCategory>(category, nameof(category)), owner);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> MetricsAsync(IDispatcher dispatcher, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetIncidentMetricsQuery(QueryErrors.Utc(from), QueryErrors.Utc(to)), cancellationToken));
}
