using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Api.Endpoints.Risk;

/// <summary>/api/v1/risk/incidents: crisis response from detection to post-mortem.</summary>
internal static class IncidentsEndpoints
{
    public static void MapIncidents(this RouteGroupBuilder module)
    {
        var incidents = module.MapGroup("/incidents").WithTag(RiskApi.Incidents);

        incidents.MapPost("", OpenAsync).RequireAuthorization(RiskApi.Write).Creates<IncidentDto>()
            .Named("OpenIncident", "Record a detected incident", "Starts detected; detectedAt defaults to now and may not lie in the future.");

        incidents.MapGet("", ListAsync).Lists<IncidentDto>()
            .Named("ListIncidents", "List incidents");

        incidents.MapGet("/{id:guid}", GetAsync).ReadsOne<IncidentDto>()
            .Named("GetIncident", "Get an incident");

        incidents.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(RiskApi.Write).Changes<IncidentDto>()
            .Named("ReplaceIncident", "Replace an incident's title, description, type, severity and commander",
                "A closed incident no longer changes (409 incident.closed).");

        incidents.MapPatch("/{id:guid}", PatchAsync).RequireAuthorization(RiskApi.Write)
            .Changes<IncidentDto>().Accepts<IncidentRequest>("application/merge-patch+json")
            .Named("PatchIncident", "Change some of an incident's fields (JSON merge patch)");

        incidents.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(RiskApi.Write).Changes<IncidentDto>()
            .Named("TransitionIncidentStatus", "Move an incident one step along its response",
                "detected → confirmed → responding → repairing → recovered → closed. Skipping a step is 409 incident.invalid-transition; "
                + "closing without a post-mortem is 409 incident.post-mortem-required. Each step is also written to the timeline.");

        incidents.MapPut("/{id:guid}/post-mortem", RecordPostMortemAsync).RequireAuthorization(RiskApi.Write).Changes<IncidentDto>()
            .Named("RecordPostMortem", "Record or replace the post-mortem", "Root cause, lessons and follow-up actions; required before closing.");

        incidents.MapPost("/{incidentId:guid}/timeline", AddTimelineEntryAsync).RequireAuthorization(RiskApi.Write)
            .Creates<TimelineEntryDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("AddTimelineEntry", "Add a note to the incident's timeline");

        incidents.MapGet("/{incidentId:guid}/timeline", ListTimelineAsync).Lists<TimelineEntryDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListTimeline", "The incident's timeline, most recent first");

        incidents.MapPost("/{incidentId:guid}/linked-risks", LinkRiskAsync).RequireAuthorization(RiskApi.Write)
            .Creates().ProducesProblem(StatusCodes.Status404NotFound).Produces<IncidentDto>()
            .Named("LinkRisk", "Link a risk of the register to the incident",
                "200 with the incident; linking a risk that is already linked changes nothing.");

        incidents.MapDelete("/{incidentId:guid}/linked-risks/{riskId:guid}", UnlinkRiskAsync).RequireAuthorization(RiskApi.Write).Deletes()
            .Named("UnlinkRisk", "Unlink a risk from the incident");
    }

    private static async Task<IResult> OpenAsync(OpenIncidentCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var incident = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/risk/incidents/{incident.Id}", incident);
    }

    private static async Task<IResult> ListAsync(
        IDispatcher dispatcher,
        [EnumValues<IncidentType>] [FromQuery] string[]? type,
        [EnumValues<IncidentSeverity>] [FromQuery] string[]? severity,
        [EnumValues<IncidentStatus>] [FromQuery] string[]? status,
        int? limit,
        string? cursor,
        DateTimeOffset? updatedSince,
        string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListIncidentsQuery(
            errors.AnyOf<IncidentType>(type, nameof(type)),
            errors.AnyOf<IncidentSeverity>(severity, nameof(severity)),
            errors.AnyOf<IncidentStatus>(status, nameof(status)),
            limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetIncidentQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, IncidentRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(request.ToCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken));

    private static Task<IResult> PatchAsync(Guid id, JsonElement patch, IDispatcher dispatcher, HttpContext context, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        JsonMergePatch.PatchAsync(context, patch, json.Value.SerializerOptions,
            () => dispatcher.QueryAsync(new GetIncidentQuery(id), cancellationToken),
            IncidentRequest.From,
            (merged, version) => dispatcher.SendAsync(merged.ToCommand(id, version), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid id, IncidentStatusTransitionRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionIncidentStatusCommand(id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Note), cancellationToken));

    private static async Task<IResult> RecordPostMortemAsync(Guid id, PostMortemRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new RecordPostMortemCommand(id, IfMatch.ExpectedVersion(context.Request), request.RootCause, request.Lessons, request.FollowUpActions), cancellationToken));

    private static async Task<IResult> AddTimelineEntryAsync(Guid incidentId, TimelineEntryRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var entry = await dispatcher.SendAsync(new AddTimelineEntryCommand(incidentId, request.Entry, request.OccurredAt), cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/risk/incidents/{incidentId}/timeline", entry);
    }

    private static async Task<IResult> ListTimelineAsync(Guid incidentId, IDispatcher dispatcher, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListTimelineQuery(incidentId, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> LinkRiskAsync(Guid incidentId, LinkRiskRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new LinkRiskCommand(incidentId, request.RiskId), cancellationToken));

    private static async Task<IResult> UnlinkRiskAsync(Guid incidentId, Guid riskId, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        await dispatcher.SendAsync(new UnlinkRiskCommand(incidentId, riskId), cancellationToken);
        return TypedResults.NoContent();
    }
}
