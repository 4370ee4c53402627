using OpsPlan.Modules.Partners.Contracts.Scorecards;

namespace OpsPlan.Api.Endpoints.Partners;

/// <summary>/api/v1/partners/partners/{partnerId}/scorecards.</summary>
internal static class ScorecardsEndpoints
{
    public static void MapScorecards(this RouteGroupBuilder module)
    {
        var scorecards = module.MapGroup("/partners/{partnerId:guid}/scorecards").WithTag(PartnersApi.Scorecards).RequireAuthorization(Policies.Read);

        scorecards.MapPost("", RecordAsync).RequireAuthorization(PartnersApi.Write).Creates<ScorecardDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("RecordScorecard", "Score a partner for a quarter",
                "Quality, delivery, cost, cooperation, innovation and compliance 1-5; weights in percent summing to 100 (Partners:ScorecardWeights by default). "
                + "overall = Σ score × weight / 100; tier strategic ≥ 4.5, preferred ≥ 3.5, approved ≥ 2.5, probation below. One per quarter "
                + "(409 partners.duplicate-scorecard); the partner takes the latest quarter's tier.");

        scorecards.MapGet("", ListAsync).Computes<IReadOnlyList<ScorecardDto>>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListScorecards", "A partner's scorecards: the trend", "Oldest quarter first, each with its change from the quarter before.");
    }

    private static async Task<IResult> RecordAsync(Guid partnerId, ScorecardRequest request, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var scorecard = await dispatcher.SendAsync(new RecordScorecardCommand(partnerId, request), cancellationToken);
        return TypedResults.Created($"{PartnersApi.Prefix}/partners/{partnerId}/scorecards", scorecard);
    }

    private static async Task<IResult> ListAsync(Guid partnerId, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListScorecardsQuery(partnerId), cancellationToken));
}
