using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Api.Endpoints.Overseas;

/// <summary>/api/v1/overseas/markets: markets, their stages and history, the pipeline.</summary>
internal static class MarketsEndpoints
{
    public static void MapMarkets(this RouteGroupBuilder module)
    {
        var markets = module.MapGroup("/markets").WithTag(OverseasApi.Markets);

        markets.MapPost("", CreateAsync).RequireAuthorization(OverseasApi.Write).Creates<MarketDto>()
            .Named("CreateMarket", "Open a market",
                "It starts at research. One market per country (ISO 3166-1 alpha-2; 409 overseas.duplicate-market); languages are BCP 47 tags (kept in the standard's case), "
                + "the currency an ISO 4217 code. Without a name, the country code names it.");

        markets.MapGet("", ListAsync).Lists<MarketDto>()
            .Named("ListMarkets", "List markets", "Filter by stage (several allowed), owner or country; sort by country or name.");

        markets.MapGet("/pipeline", PipelineAsync).Computes<MarketPipelineDto>()
            .Named("GetMarketPipeline", "Markets per stage",
                "Every stage in workflow order, each market with its localization readiness, open critical compliance gaps and days to its target launch (nearest first).");

        markets.MapGet("/{id:guid}", GetAsync).ReadsOne<MarketDto>().Named("GetMarket", "Get a market", "With the latest assessment's scores.");

        markets.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(OverseasApi.Write).Changes<MarketDto>()
            .Named("ReplaceMarket", "Change a market's country, name, languages, currency, owner and target launch", "The stage moves only through a stage transition.");

        markets.MapPost("/{id:guid}/stage-transitions", TransitionAsync).RequireAuthorization(OverseasApi.Write).Changes<MarketDto>()
            .Named("TransitionMarketStage", "Move a market along its stages",
                "research → assessment → pilot → launch → scale; paused from any of them and back to the stage it left; exited (final) from any. Entering launch needs "
                + "localization readiness at the threshold (Overseas:LaunchReadinessPercent, 80 by default), no open critical compliance gap and an exchange rate for the "
                + "market's currency in Finance: 409 overseas.launch-gate-not-met lists each one missing. Other moves are 409 overseas.invalid-transition. Every move is published.");

        markets.MapGet("/{id:guid}/stage-history", StageHistoryAsync).Lists<MarketStageChangeDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListMarketStageChanges", "A market's stage moves, newest first", "Who moved it, when and why.");
    }

    private static async Task<IResult> CreateAsync(MarketRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var market = await dispatcher.SendAsync(new CreateMarketCommand(request), cancellationToken);
        return ResourceResults.Created(context, $"{OverseasApi.Prefix}/markets/{market.Id}", market);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, [EnumValues<MarketStage>] [FromQuery] string[]? stage, string? owner, string? country, int? limit, string? cursor,
        DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListMarketsQuery(errors.AnyOf<MarketStage>(stage, nameof(stage)), owner, country, limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> PipelineAsync(IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetMarketPipelineQuery(), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetMarketQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, MarketRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdateMarketCommand(id, IfMatch.ExpectedVersion(context.Request), request), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid id, MarketStageTransitionRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionMarketStageCommand(id, IfMatch.ExpectedVersion(context.Request), request.Stage, request.Reason), cancellationToken));

    private static async Task<IResult> StageHistoryAsync(Guid id, IDispatcher dispatcher, int? limit, string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListMarketStageChangesQuery(id, limit, cursor), cancellationToken));
}
