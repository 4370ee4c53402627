using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Api.Endpoints.Risk;

/// <summary>/api/v1/risk/risks: the register, its workflow and its assessments.</summary>
internal static class RisksEndpoints
{
    public static void MapRisks(this RouteGroupBuilder module)
    {
        var risks = module.MapGroup("/risks").WithTag(RiskApi.Risks);

        risks.MapPost("", CreateAsync).RequireAuthorization(RiskApi.Write).Creates<RiskDto>()
            .Named("CreateRisk", "Register a risk",
                "Score = likelihood × impact; level low 1-4, medium 5-9, high 10-15, critical 16-25. The first score is kept as the first assessment.");

        risks.MapGet("", ListAsync).Lists<RiskDto>()
            .Named("ListRisks", "List risks",
                "Newest first; with updatedSince, oldest change first for incremental sync. Follow nextCursor for the next page.");

        risks.MapGet("/{id:guid}", GetAsync).ReadsOne<RiskDto>()
            .Named("GetRisk", "Get a risk");

        risks.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(RiskApi.Write).Changes<RiskDto>()
            .Named("ReplaceRisk", "Replace a risk's editable fields",
                "Title, description, category, owner and next review date. Scores change through assessments, status through transitions.");

        risks.MapPatch("/{id:guid}", PatchAsync).RequireAuthorization(RiskApi.Write)
            .Changes<RiskDto>().Accepts<UpdateRiskRequest>("application/merge-patch+json")
            .Named("PatchRisk", "Change some of a risk's editable fields (JSON merge patch)");

        risks.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(RiskApi.Write).Changes<RiskDto>()
            .Named("TransitionRiskStatus", "Move a risk along its workflow",
                "identified → assessed → mitigating → monitoring → closed; accepted from assessed or monitoring; closed → identified reopens. Otherwise 409 risk.invalid-transition.");

        risks.MapPost("/{riskId:guid}/assessments", AssessAsync).RequireAuthorization(RiskApi.Write)
            .Changes().ProducesProblem(StatusCodes.Status422UnprocessableEntity).Produces<AssessmentDto>(StatusCodes.Status201Created)
            .Named("AssessRisk", "Re-score a risk",
                "Keeps the assessment in the risk's history; an identified risk becomes assessed. If-Match applies to the risk.");

        risks.MapGet("/{riskId:guid}/assessments", ListAssessmentsAsync).Lists<AssessmentDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListRiskAssessments", "A risk's assessment history");

        risks.MapGet("/{riskId:guid}/assessments/{id:guid}", GetAssessmentAsync).ReadsOne<AssessmentDto>()
            .Named("GetRiskAssessment", "One assessment of a risk");
    }

    private static async Task<IResult> CreateAsync(CreateRiskCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var risk = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/risk/risks/{risk.Id}", risk);
    }

    private static async Task<IResult> ListAsync(
        IDispatcher dispatcher,
        [EnumValues<RiskCategory>] [FromQuery] string[]? category,
        [EnumValues<RiskLevel>] [FromQuery] string[]? level,
        [EnumValues<RiskStatus>] [FromQuery] string[]? status,
        string? owner,
        string? source,
        string? sourceReference,
        int? limit,
        string? cursor,
        DateTimeOffset? updatedSince,
        string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListRisksQuery(
            errors.AnyOf<RiskCategory>(category, nameof(category)),
            errors.AnyOf<RiskLevel>(level, nameof(level)),
            errors.AnyOf<RiskStatus>(status, nameof(status)),
            owner, source, sourceReference, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetRiskQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, UpdateRiskRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(request.ToCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken));

    private static Task<IResult> PatchAsync(Guid id, JsonElement patch, IDispatcher dispatcher, HttpContext context, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        JsonMergePatch.PatchAsync(context, patch, json.Value.SerializerOptions,
            () => dispatcher.QueryAsync(new GetRiskQuery(id), cancellationToken),
            UpdateRiskRequest.From,
            (merged, version) => dispatcher.SendAsync(merged.ToCommand(id, version), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid id, RiskStatusTransitionRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionRiskStatusCommand(id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Reason), cancellationToken));

    private static async Task<IResult> AssessAsync(Guid riskId, AssessRiskRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var assessment = await dispatcher.SendAsync(new AssessRiskCommand(
            riskId, IfMatch.ExpectedVersion(context.Request), request.Likelihood, request.Impact, request.ResidualLikelihood, request.ResidualImpact, request.Rationale), cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/risk/risks/{riskId}/assessments/{assessment.Id}", assessment);
    }

    private static async Task<IResult> ListAssessmentsAsync(Guid riskId, IDispatcher dispatcher, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListAssessmentsQuery(riskId, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> GetAssessmentAsync(Guid riskId, Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetAssessmentQuery(riskId, id), cancellationToken));
}
