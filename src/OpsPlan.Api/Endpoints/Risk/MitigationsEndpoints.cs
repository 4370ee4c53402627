using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Mitigations;

namespace OpsPlan.Api.Endpoints.Risk;

/// <summary>/api/v1/risk/risks/{id}/mitigations, and /api/v1/risk/mitigations across risks (the overdue list).</summary>
internal static class MitigationsEndpoints
{
    public static void MapMitigations(this RouteGroupBuilder module)
    {
        var ofRisk = module.MapGroup("/risks/{riskId:guid}/mitigations").WithTag(RiskApi.Mitigations);

        ofRisk.MapPost("", AddAsync).RequireAuthorization(RiskApi.Write).Creates<MitigationDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("AddMitigation", "Plan a mitigation for a risk", "Starts planned. A closed risk takes no new mitigations (409 risk.closed).");

        ofRisk.MapGet("", ListOfRiskAsync).Lists<MitigationDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListRiskMitigations", "A risk's mitigations");

        ofRisk.MapGet("/{id:guid}", GetAsync).ReadsOne<MitigationDto>()
            .Named("GetMitigation", "Get a mitigation");

        ofRisk.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(RiskApi.Write).Changes<MitigationDto>()
            .Named("ReplaceMitigation", "Replace a mitigation's action, owner and due date",
                "Done and cancelled mitigations no longer change (409 mitigation.final).");

        ofRisk.MapPatch("/{id:guid}", PatchAsync).RequireAuthorization(RiskApi.Write)
            .Changes<MitigationDto>().Accepts<MitigationRequest>("application/merge-patch+json")
            .Named("PatchMitigation", "Change some of a mitigation's fields (JSON merge patch)");

        ofRisk.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(RiskApi.Write).Changes<MitigationDto>()
            .Named("TransitionMitigationStatus", "Move a mitigation along its workflow",
                "planned → in-progress → done; planned or in-progress → cancelled. Otherwise 409 mitigation.invalid-transition.");

        module.MapGet("/mitigations", ListAsync).WithTag(RiskApi.Mitigations).Lists<MitigationDto>()
            .Named("ListMitigations", "Mitigations across risks", "overdue=true lists those due before today and still planned or in progress.");
    }

    private static async Task<IResult> AddAsync(Guid riskId, MitigationRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var mitigation = await dispatcher.SendAsync(new AddMitigationCommand(riskId, request.Action, request.Owner, request.DueDate), cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/risk/risks/{riskId}/mitigations/{mitigation.Id}", mitigation);
    }

    private static async Task<IResult> ListOfRiskAsync(Guid riskId, IDispatcher dispatcher, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListMitigationsQuery(RiskId: riskId, Limit: limit, Cursor: cursor, UpdatedSince: QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> ListAsync(
        IDispatcher dispatcher,
        bool? overdue,
        [EnumValues<MitigationStatus>] [FromQuery] string[]? status,
        string? owner,
        Guid? riskId,
        int? limit,
        string? cursor,
        DateTimeOffset? updatedSince,
        string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListMitigationsQuery(riskId, overdue, errors.AnyOf<MitigationStatus>(status, nameof(status)), owner, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid riskId, Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetMitigationQuery(riskId, id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid riskId, Guid id, MitigationRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new UpdateMitigationCommand(riskId, id, IfMatch.ExpectedVersion(context.Request), request.Action, request.Owner, request.DueDate), cancellationToken));

    private static Task<IResult> PatchAsync(Guid riskId, Guid id, JsonElement patch, IDispatcher dispatcher, HttpContext context, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        JsonMergePatch.PatchAsync(context, patch, json.Value.SerializerOptions,
            () => dispatcher.QueryAsync(new GetMitigationQuery(riskId, id), cancellationToken),
            MitigationRequest.From,
            (merged, version) => dispatcher.SendAsync(new UpdateMitigationCommand(riskId, id, version, merged.Action, merged.Owner, merged.DueDate), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid riskId, Guid id, MitigationStatusTransitionRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionMitigationStatusCommand(riskId, id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Note), cancellationToken));
}
