using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>/api/v1/growth/campaigns: precision marketing on segments, with a frozen audience, results and spend booked in Finance.</summary>
internal static class CampaignsEndpoints
{
    public static void MapCampaigns(this RouteGroupBuilder module)
    {
        var campaigns = module.MapGroup("/campaigns").WithTag(GrowthApi.Campaigns);

        campaigns.MapPost("", CreateAsync).RequireAuthorization(GrowthApi.Write).Creates<CampaignDto>()
            .Named("CreateCampaign", "Draft a campaign",
                "Name and goal are required; segment, channel, schedule, budget and offer may follow. conversionEvent defaults from the goal: acquisition and retention login, "
                + "activation feature-use, win-back and upsell purchase. An unknown segmentId or channelId is a 400 on that field.");

        campaigns.MapGet("", ListAsync).Lists<CampaignDto>()
            .Named("ListCampaigns", "List campaigns", "Filter by status (as the schedule has it now), goal, segmentId, channelId or productId.");

        campaigns.MapGet("/{id:guid}", GetAsync).ReadsOne<CampaignDto>()
            .Named("GetCampaign", "Get a campaign", "Its status is where the schedule has it now: running from startsAt, completed from endsAt.");

        campaigns.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(GrowthApi.Write).Changes<CampaignDto>()
            .Named("ReplaceCampaign", "Change a draft", "Only a draft can change (409 growth.campaign-not-draft).");

        campaigns.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(GrowthApi.Write).Changes<CampaignDto>()
            .Named("TransitionCampaignStatus", "Move a campaign along its workflow",
                "draft → scheduled needs a segment, a schedule that has not ended and a budget, and freezes the segment's members as the audience; scheduled → draft drops it; "
                + "draft, scheduled or running → cancelled. running and completed follow the schedule. Otherwise 409 growth.invalid-transition, with what is missing.");

        campaigns.MapGet("/{id:guid}/results", ResultsAsync).ReadsOne().Produces<CampaignResultsDto>()
            .Named("GetCampaignResults", "How a campaign did",
                "reached = the frozen audience; converted = members with a conversion event inside the schedule; conversionRate = converted / reached; "
                + "costPerConversion = spent / converted. Current as events arrive.");

        campaigns.MapGet("/{id:guid}/audience", AudienceAsync).Lists<CampaignAudienceMemberDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListCampaignAudience", "A campaign's frozen audience", "Newest customer first; converted=true or false filters by conversion.");

        campaigns.MapPost("/{id:guid}/spend", RecordSpendAsync).RequireAuthorization(GrowthApi.Write).Creates<CampaignSpendDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("RecordCampaignSpend", "Record money spent on a campaign",
                "In the budget's currency, against a Finance cost center. It is booked in Finance as a marketing outflow shortly after (booking pending → booked, "
                + "or failed with Finance's reason), so budgets and variance see it. A campaign without a budget is 409 growth.campaign-without-budget.");

        campaigns.MapGet("/{id:guid}/spend", SpendAsync).ReadsOne().Produces<IReadOnlyList<CampaignSpendDto>>()
            .Named("ListCampaignSpend", "A campaign's spend entries and their Finance bookings");

        campaigns.MapPost("/advance", AdvanceAsync).RequireAuthorization(GrowthApi.Write).Computes<CampaignAdvanceDto>()
            .Named("AdvanceCampaigns", "Move campaigns along their schedules now",
                "What the scheduled sweep does (Growth:CampaignScheduleInterval): scheduled campaigns whose start has come run, running ones whose end has come complete.");
    }

    private static async Task<IResult> CreateAsync(CampaignRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var campaign = await dispatcher.SendAsync(new CreateCampaignCommand(request), cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/growth/campaigns/{campaign.Id}", campaign);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, [EnumValues<CampaignStatus>] [FromQuery] string[]? status, [EnumValues<CampaignGoal>] [FromQuery] string[]? goal,
        Guid? segmentId, Guid? channelId, Guid? productId, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListCampaignsQuery(errors.AnyOf<CampaignStatus>(status, nameof(status)), errors.AnyOf<CampaignGoal>(goal, nameof(goal)), segmentId, channelId,
            productId, limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetCampaignQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, CampaignRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdateCampaignCommand(id, IfMatch.ExpectedVersion(context.Request), request), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid id, CampaignStatusTransitionRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionCampaignStatusCommand(id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Note), cancellationToken));

    private static async Task<IResult> ResultsAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetCampaignResultsQuery(id), cancellationToken));

    private static async Task<IResult> AudienceAsync(Guid id, IDispatcher dispatcher, bool? converted, int? limit, string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListCampaignAudienceQuery(id, converted, limit, cursor), cancellationToken));

    private static async Task<IResult> RecordSpendAsync(Guid id, CampaignSpendRequest request, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var spend = await dispatcher.SendAsync(request.ToCommand(id), cancellationToken);
        return TypedResults.Created($"/api/v1/growth/campaigns/{id}/spend", spend);
    }

    private static async Task<IResult> SpendAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListCampaignSpendQuery(id), cancellationToken));

    private static async Task<IResult> AdvanceAsync(IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.SendAsync(new AdvanceCampaignsCommand(), cancellationToken));
}
