using OpsPlan.Modules.Skeleton.Contracts.Widgets;

namespace OpsPlan.Api.Endpoints.Skeleton;

/// <summary>/api/v1/skeleton/widgets.</summary>
internal static class WidgetsEndpoints
{
    public static void MapWidgets(this RouteGroupBuilder module)
    {
        var widgets = module.MapGroup("/widgets").WithTag(SkeletonApi.Widgets);

        widgets.MapPost("", CreateAsync).RequireAuthorization(SkeletonApi.Write).Creates<WidgetDto>()
            .Named("CreateWidget", "Record a widget", "Names are unique (409 skeleton.duplicate-name).");

        widgets.MapGet("", ListAsync).Lists<WidgetDto>()
            .Named("ListWidgets", "List widgets", "Newest first; with updatedSince, oldest change first for incremental sync. Follow nextCursor for the next page.");

        widgets.MapGet("/{id:guid}", GetAsync).ReadsOne<WidgetDto>()
            .Named("GetWidget", "Get a widget");
    }

    private static async Task<IResult> CreateAsync(CreateWidgetCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var widget = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/skeleton/widgets/{widget.Id}", widget);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, string? name, int? limit, string? cursor, DateTimeOffset? updatedSince,
        string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListWidgetsQuery(name, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetWidgetQuery(id), cancellationToken));
}
