using OpsPlan.Modules.Growth.Contracts.Metrics;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>/api/v1/growth/metrics: the growth KPIs and the cohort retention matrix, cached like the Finance views.</summary>
internal static class MetricsEndpoints
{
    public static void MapGrowthMetrics(this RouteGroupBuilder module)
    {
        var metrics = module.MapGroup("/metrics").WithTag(GrowthApi.Metrics);

        metrics.MapGet("/overview", OverviewAsync).Computes<GrowthOverviewDto>()
            .Named("GetGrowthOverview", "Growth KPIs over a range of days",
                "from..to inclusive (default: the 30 days to today, at most 366). New customers, average DAU, WAU and MAU ending 'to', stickiness = DAU/MAU, "
                + "churn rate, repurchase rate and average LTV, overall and by acquisition channel.");

        metrics.MapGet("/retention", RetentionAsync).Computes<RetentionDto>()
            .Named("GetRetention", "Monthly cohort retention matrix",
                "Cohorts by sign-up month from from's month to to's (default: the last 12, at most 36); each cell is the share of the cohort active in that month.");
    }

    private static async Task<IResult> OverviewAsync(IDispatcher dispatcher, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetGrowthOverviewQuery(from, to), cancellationToken));

    private static async Task<IResult> RetentionAsync(IDispatcher dispatcher, DateOnly? from, DateOnly? to, [EnumValues<RetentionPeriod>] string? by,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new GetRetentionQuery(from, to, errors.Enum<RetentionPeriod>(by, nameof(by)) ?? RetentionPeriod.Month);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }
}
