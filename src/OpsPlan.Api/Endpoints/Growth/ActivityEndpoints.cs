using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts.Activity;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>/api/v1/growth/events: customer activity, in batches.</summary>
internal static class ActivityEndpoints
{
    public static void MapActivity(this RouteGroupBuilder module) =>
        module.MapPost("/events/batch", RecordAsync).WithTag(GrowthApi.Activity).RequireAuthorization(GrowthApi.Sync)
            .Syncs<ActivityBatchRequest>()
            .Named("RecordActivity", "Record up to 10,000 activity events",
                "One result per event, in order: created, unchanged (its eventId was received before: a redelivered batch changes nothing) or failed. "
                + "An event for an unknown customer, dated more than a day ahead or valued in another currency than Growth:Currency fails alone.");

    private static async Task<IResult> RecordAsync(JsonElement body, IDispatcher dispatcher, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var items = BatchBody.Read<ActivityEventItem>(body, json.Value.SerializerOptions, item => BatchBody.StringProperty(item, "eventId"));
        return TypedResults.Ok(await dispatcher.SendAsync(new RecordActivityCommand(items), cancellationToken));
    }
}
