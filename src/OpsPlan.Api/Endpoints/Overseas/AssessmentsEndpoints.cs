using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Assessments;
using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Api.Endpoints.Overseas;

/// <summary>/api/v1/overseas/markets/{marketId}/assessments and /markets/ranking.</summary>
internal static class AssessmentsEndpoints
{
    public static void MapAssessments(this RouteGroupBuilder module)
    {
        var markets = module.MapGroup("/markets").WithTag(OverseasApi.Assessments);

        markets.MapGet("/ranking", RankingAsync).Computes<MarketRankingDto>()
            .Named("GetMarketRanking", "Markets ranked by their latest assessment, and revenue concentration",
                "by: combined (default; higher is better), attractiveness (higher first) or risk (lower first); equal scores share a rank. Exited markets are left out; "
                + "markets without an assessment are listed apart. Concentration: each live market's (launch, scale) share of the live markets' inflows from Finance "
                + "between from and to (the twelve months to today by default) and the Herfindahl index (low below 1,500, moderate below 2,500, high from 2,500); "
                + "null with the reason when Finance lacks an exchange rate.");

        markets.MapPost("/{marketId:guid}/assessments", RecordAsync).RequireAuthorization(OverseasApi.Write).Creates<MarketAssessmentDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("RecordMarketAssessment", "Record a market's next assessment version",
                "Each of the eight factors exactly once, scored 1-5 with its evidence; weights in percent on every factor summing to 100, or on none (the configured "
                + "defaults). attractiveness = weighted mean of market size, growth, payment infrastructure and partner availability; risk = weighted mean of "
                + "competition, regulatory complexity, cultural distance and entry cost; combined = Σ weight × (score, or 6 − score for a factor against) / 100. "
                + "The market keeps the latest scores.");

        markets.MapGet("/{marketId:guid}/assessments", ListAsync).Computes<IReadOnlyList<MarketAssessmentDto>>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListMarketAssessments", "A market's assessments, newest version first");
    }

    private static async Task<IResult> RankingAsync(IDispatcher dispatcher, [EnumValues<RankingBasis>] string? by, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new GetMarketRankingQuery(errors.Enum<RankingBasis>(by, nameof(by)), from, to);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> RecordAsync(Guid marketId, MarketAssessmentRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var assessment = await dispatcher.SendAsync(new RecordAssessmentCommand(marketId, request), cancellationToken);
        return ResourceResults.Created(context, $"{OverseasApi.Prefix}/markets/{marketId}/assessments", assessment);
    }

    private static async Task<IResult> ListAsync(Guid marketId, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListMarketAssessmentsQuery(marketId), cancellationToken));
}
