using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Api.Endpoints.Overseas;

/// <summary>/api/v1/overseas/markets/{marketId}/localization-tasks, /readiness and /localization-tasks/overdue.</summary>
internal static class LocalizationEndpoints
{
    public static void MapLocalization(this RouteGroupBuilder module)
    {
        module.MapGet("/localization-tasks/overdue", OverdueAsync).WithTag(OverseasApi.Localization).Computes<IReadOnlyList<OverdueTaskDto>>()
            .Named("ListOverdueLocalizationTasks", "Overdue localization tasks across markets",
                "Past their due date and not done, most overdue first, optionally one owner's; at most 1,000.");

        var market = module.MapGroup("/markets/{marketId:guid}").WithTag(OverseasApi.Localization);
        market.MapGet("/readiness", ReadinessAsync).ReadsOne<ReadinessDto>()
            .Named("GetMarketReadiness", "A market's localization readiness",
                "Σ weight of done tasks / Σ weight of all tasks × 100, overall and per area (every area listed), beside the launch threshold.");

        var tasks = market.MapGroup("/localization-tasks");
        tasks.MapPost("", CreateAsync).RequireAuthorization(OverseasApi.Write).Creates<LocalizationTaskDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("CreateLocalizationTask", "Plan a localization task",
                "Area, title, owner, due date (not before today) and weight (1-100) in the market's readiness; it starts as todo.");

        tasks.MapGet("", ListAsync).Lists<LocalizationTaskDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListLocalizationTasks", "A market's localization tasks", "Filter by area or status (several allowed); each says whether it is overdue.");

        tasks.MapGet("/{id:guid}", GetAsync).ReadsOne<LocalizationTaskDto>().Named("GetLocalizationTask", "Get a localization task");

        tasks.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(OverseasApi.Write).Changes<LocalizationTaskDto>()
            .Named("ReplaceLocalizationTask", "Change a localization task", "The due date stays on or after the day the task was planned; the status moves only through a transition.");

        tasks.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(OverseasApi.Write).Changes<LocalizationTaskDto>()
            .Named("TransitionLocalizationTask", "Move a localization task",
                "todo → in-progress | blocked; in-progress → done | blocked; blocked → in-progress; done → in-progress (reopened). Blocking needs a note saying why. "
                + "Other moves are 409 overseas.invalid-transition.");
    }

    private static async Task<IResult> OverdueAsync(IDispatcher dispatcher, string? owner, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListOverdueTasksQuery(owner), cancellationToken));

    private static async Task<IResult> ReadinessAsync(Guid marketId, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetReadinessQuery(marketId), cancellationToken));

    private static async Task<IResult> CreateAsync(Guid marketId, LocalizationTaskRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var task = await dispatcher.SendAsync(new CreateLocalizationTaskCommand(marketId, request), cancellationToken);
        return ResourceResults.Created(context, $"{OverseasApi.Prefix}/markets/{marketId}/localization-tasks/{task.Id}", task);
    }

    private static async Task<IResult> ListAsync(Guid marketId, IDispatcher dispatcher, [EnumValues<LocalizationArea>] [FromQuery] string[]? area,
        [EnumValues<LocalizationTaskStatus>] [FromQuery] string[]? status, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListLocalizationTasksQuery(marketId, errors.AnyOf<LocalizationArea>(area, nameof(area)), errors.AnyOf<LocalizationTaskStatus>(status, nameof(status)),
            limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid marketId, Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetLocalizationTaskQuery(marketId, id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid marketId, Guid id, LocalizationTaskRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdateLocalizationTaskCommand(marketId, id, IfMatch.ExpectedVersion(context.Request), request), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid marketId, Guid id, LocalizationTaskTransitionRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionLocalizationTaskCommand(marketId, id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Note), cancellationToken));
}
