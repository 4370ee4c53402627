using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Views;

namespace OpsPlan.Api.Endpoints.Risk;

/// <summary>Computed views of the register; GETs that never change data.</summary>
internal static class RiskViewsEndpoints
{
    public static void MapRiskViews(this RouteGroupBuilder module)
    {
        module.MapGet("/risks/heatmap", HeatmapAsync).WithTags("Risk views").Computes<RiskHeatmapDto>()
            .Named("GetRiskHeatmap", "The 5 × 5 likelihood × impact heat map",
                "All 25 cells with their counts. basis=residual counts only risks with a residual score. Closed risks are left out unless status=closed.");

        module.MapGet("/risks/summary", SummaryAsync).WithTags("Risk views").Computes<RiskSummaryDto>()
            .Named("GetRiskSummary", "Counts of the register by category, level and status",
                "Every value appears, zeros included; openCritical counts critical risks that are not closed.");
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
}
