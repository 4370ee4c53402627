using OpsPlan.Modules.Integrations.Contracts.Feed;

namespace OpsPlan.Api.Endpoints.Integrations;

/// <summary>/api/v1/events: the feed of published integration events.</summary>
internal static class EventFeedEndpoints
{
    public static void MapEventFeed(this RouteGroupBuilder module) =>
        module.MapGet("/events", ListAsync).WithTag(IntegrationsApi.Events).Computes<EventFeedPageDto>()
            .Named("ListPublishedEvents", "Integration events in the order they were published",
                "Every event the modules publish (the names GET /api/v1/admin/webhooks/event-types lists), oldest first, after the cursor `after` "
                + "(from the first event without one), only of `types` when given. Keep nextCursor and send it as `after` next time: the feed never skips "
                + "or repeats an event. limit 1-500 (100 by default). Integrators and admins.");

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, string? after, [FromQuery] string[]? types, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListPublishedEventsQuery(after, QueryErrors.Split(types), limit), cancellationToken));
}
