using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Compliance;

namespace OpsPlan.Api.Endpoints.Overseas;

/// <summary>/api/v1/overseas/markets/{marketId}/compliance-items.</summary>
internal static class ComplianceEndpoints
{
    public static void MapCompliance(this RouteGroupBuilder module)
    {
        var items = module.MapGroup("/markets/{marketId:guid}/compliance-items").WithTag(OverseasApi.Compliance);

        items.MapPost("", CreateAsync).RequireAuthorization(OverseasApi.Write).Creates<ComplianceItemDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("CreateComplianceItem", "Record a compliance requirement",
                "Regulation (GDPR, LGPD, PIPL, CCPA, DPDP or its name), requirement, severity, due date (not before today) and evidence; it starts as a gap. "
                + "A critical one blocks launch and is published: Risk keeps one compliance risk for it.");

        items.MapGet("", ListAsync).Lists<ComplianceItemDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListComplianceItems", "A market's compliance items", "Filter by severity or status (several allowed).");

        items.MapGet("/{id:guid}", GetAsync).ReadsOne<ComplianceItemDto>().Named("GetComplianceItem", "Get a compliance item");

        items.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(OverseasApi.Write).Changes<ComplianceItemDto>()
            .Named("ReplaceComplianceItem", "Change a compliance item",
                "The due date stays on or after the day the item was recorded. A critical item still open is published again, so its risk is re-scored.");

        items.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(OverseasApi.Write).Changes<ComplianceItemDto>()
            .Named("TransitionComplianceItem", "Move a compliance item",
                "gap → in-progress | compliant | not-applicable; in-progress → compliant | not-applicable | gap; compliant or not-applicable → gap (reopened). "
                + "not-applicable needs a reason. A critical item still open afterwards is published again; closing it leaves its risk for a person to close.");
    }

    private static async Task<IResult> CreateAsync(Guid marketId, ComplianceItemRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var item = await dispatcher.SendAsync(new CreateComplianceItemCommand(marketId, request), cancellationToken);
        return ResourceResults.Created(context, $"{OverseasApi.Prefix}/markets/{marketId}/compliance-items/{item.Id}", item);
    }

    private static async Task<IResult> ListAsync(Guid marketId, IDispatcher dispatcher, [EnumValues<ComplianceSeverity>] [FromQuery] string[]? severity,
        [EnumValues<ComplianceStatus>] [FromQuery] string[]? status, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListComplianceItemsQuery(marketId, errors.AnyOf<ComplianceSeverity>(severity, nameof(severity)), errors.AnyOf<ComplianceStatus>(status, nameof(status)),
            limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid marketId, Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetComplianceItemQuery(marketId, id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid marketId, Guid id, ComplianceItemRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdateComplianceItemCommand(marketId, id, IfMatch.ExpectedVersion(context.Request), request), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid marketId, Guid id, ComplianceTransitionRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionComplianceItemCommand(marketId, id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Reason), cancellationToken));
}
