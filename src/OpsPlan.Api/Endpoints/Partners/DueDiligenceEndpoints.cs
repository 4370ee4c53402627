using OpsPlan.Modules.Partners.Contracts.DueDiligence;

namespace OpsPlan.Api.Endpoints.Partners;

/// <summary>/api/v1/partners/partners/{partnerId}/due-diligence.</summary>
internal static class DueDiligenceEndpoints
{
    public static void MapDueDiligence(this RouteGroupBuilder module)
    {
        var items = module.MapGroup("/partners/{partnerId:guid}/due-diligence").WithTag(PartnersApi.DueDiligence).RequireAuthorization(Policies.Read);

        items.MapGet("", ListAsync).Computes<IReadOnlyList<DueDiligenceItemDto>>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListDueDiligenceItems", "A partner's due-diligence checklist", "The standard legal, security and financial items first, then custom ones.");

        items.MapPost("", AddAsync).RequireAuthorization(PartnersApi.Write).Creates<DueDiligenceItemDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("AddDueDiligenceItem", "Add a custom item to the checklist", "Required unless required is false: a required item must be approved before the partner becomes active.");

        items.MapPost("/{id:guid}/evidence", SubmitAsync).RequireAuthorization(PartnersApi.Write).Changes<DueDiligenceItemDto>()
            .Named("SubmitDueDiligenceEvidence", "Submit an item's evidence", "The item becomes submitted, ready for review; an approved item no longer changes (409 partners.item-approved).");

        items.MapPost("/{id:guid}/reviews", ReviewAsync).RequireAuthorization(PartnersApi.Write).Changes<DueDiligenceItemDto>()
            .Named("ReviewDueDiligenceItem", "Approve or reject a submitted item",
                "Records the reviewer and time; an item without submitted evidence is 409 partners.evidence-missing. A rejected item may be submitted again.");
    }

    private static async Task<IResult> ListAsync(Guid partnerId, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListDueDiligenceItemsQuery(partnerId), cancellationToken));

    private static async Task<IResult> AddAsync(Guid partnerId, DueDiligenceItemRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var item = await dispatcher.SendAsync(new AddDueDiligenceItemCommand(partnerId, request), cancellationToken);
        return ResourceResults.Created(context, $"{PartnersApi.Prefix}/partners/{partnerId}/due-diligence", item);
    }

    private static async Task<IResult> SubmitAsync(Guid partnerId, Guid id, DueDiligenceEvidenceRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new SubmitDueDiligenceEvidenceCommand(partnerId, id, IfMatch.ExpectedVersion(context.Request), request.Evidence), cancellationToken));

    private static async Task<IResult> ReviewAsync(Guid partnerId, Guid id, DueDiligenceReviewRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new ReviewDueDiligenceItemCommand(partnerId, id, IfMatch.ExpectedVersion(context.Request), request.Decision, request.Note), cancellationToken));
}
