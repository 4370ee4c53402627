using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>/api/v1/growth/channels: acquisition channels, their daily metrics and their performance.</summary>
internal static class ChannelsEndpoints
{
    public static void MapChannels(this RouteGroupBuilder module)
    {
        var channels = module.MapGroup("/channels").WithTag(GrowthApi.Channels);

        channels.MapPost("", CreateAsync).RequireAuthorization(GrowthApi.Write).Creates<ChannelDto>()
            .Named("CreateChannel", "Add an acquisition channel", "Names are unique (409 growth.duplicate-channel-name); status defaults to active.");

        channels.MapGet("", ListAsync).Lists<ChannelDto>()
            .Named("ListChannels", "List acquisition channels", "Filter by kind and status (each may repeat).");

        channels.MapGet("/{id:guid}", GetAsync).ReadsOne<ChannelDto>()
            .Named("GetChannel", "Get an acquisition channel");

        channels.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(GrowthApi.Write).Changes<ChannelDto>()
            .Named("ReplaceChannel", "Rename a channel, change its kind or status", "A retired channel keeps its metrics and still shows in the performance view.");

        channels.MapPost("/metrics/batch", SyncMetricsAsync).RequireAuthorization(GrowthApi.Sync)
            .Syncs<ChannelMetricsBatchRequest>()
            .Named("SyncChannelMetrics", "Upsert up to 1,000 daily channel metrics by channel and day",
                "One result per item, in order: created, updated, unchanged (the same figures again) or failed (an unknown channel, a day in the future, clicks above impressions…).");

        channels.MapGet("/{id:guid}/metrics", MetricsAsync).Computes<IReadOnlyList<ChannelMetricsDto>>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListChannelMetrics", "A channel's stored days", "from..to inclusive, oldest first (default: the 30 days to today, at most 366).");

        channels.MapGet("/performance", PerformanceAsync).Computes<ChannelPerformanceDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .Named("GetChannelPerformance", "Spend, CAC, conversion and ROI per channel",
                "from..to inclusive (default: the 30 days to today, at most 1,098). Money in Finance's reporting currency at each day's rate (409 finance.missing-exchange-rate "
                + "when a rate is missing). CAC = spend / signups; click-through = clicks / impressions; conversion = signups / clicks; activation = activations / signups; "
                + "ROI = (revenue − spend) / spend. A zero denominator gives null.");
    }

    private static async Task<IResult> CreateAsync(CreateChannelCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var channel = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/growth/channels/{channel.Id}", channel);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, [EnumValues<ChannelKind>] [FromQuery] string[]? kind, [EnumValues<ChannelStatus>] [FromQuery] string[]? status,
        int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListChannelsQuery(errors.AnyOf<ChannelKind>(kind, nameof(kind)), errors.AnyOf<ChannelStatus>(status, nameof(status)), limit, cursor,
            QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetChannelQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, ChannelRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(request.ToCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken));

    private static async Task<IResult> SyncMetricsAsync(JsonElement body, IDispatcher dispatcher, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var items = BatchBody.Read<ChannelMetricsItem>(body, json.Value.SerializerOptions, _ => null);
        return TypedResults.Ok(await dispatcher.SendAsync(new SyncChannelMetricsCommand(items), cancellationToken));
    }

    private static async Task<IResult> MetricsAsync(Guid id, IDispatcher dispatcher, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListChannelMetricsQuery(id, from, to), cancellationToken));

    private static async Task<IResult> PerformanceAsync(IDispatcher dispatcher, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetChannelPerformanceQuery(from, to), cancellationToken));
}
