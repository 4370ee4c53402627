using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Api.Endpoints.Partners;

/// <summary>/api/v1/partners/partners: partners, their workflow and history, the summary and their spend.</summary>
internal static class PartnersEndpoints
{
    public static void MapPartners(this RouteGroupBuilder module)
    {
        var partners = module.MapGroup("/partners").WithTag(PartnersApi.Partners);

        partners.MapPost("", CreateAsync).RequireAuthorization(PartnersApi.Write).Creates<PartnerDto>()
            .Named("CreatePartner", "Record a partner",
                "It starts as a prospect, with the standard due-diligence checklist (legal, security, financial). Names are unique (409 partners.duplicate-name).");

        partners.MapGet("", ListAsync).Lists<PartnerDto>()
            .Named("ListPartners", "List partners",
                "Filter by type, status, tier (several allowed) or country; sort by name. A partner's own key lists only its partner.");

        partners.MapGet("/summary", SummaryAsync).RequireAuthorization(Policies.Read).Computes<PartnersSummaryDto>()
            .Named("GetPartnersSummary", "Partners by type, tier, status and country", "Every type, tier (none before a scorecard) and status is listed, zero or not.");

        partners.MapGet("/{id:guid}", GetAsync).ReadsOne<PartnerDto>()
            .Named("GetPartner", "Get a partner", "A partner's own key reads its own partner only; any other is 404.");

        partners.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(PartnersApi.Write).Changes<PartnerDto>()
            .Named("ReplacePartner", "Change a partner's name, type, country, contacts and description", "The status moves only through a status transition.");

        partners.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(PartnersApi.Write).Changes<PartnerDto>()
            .Named("TransitionPartnerStatus", "Move a partner along its workflow",
                "prospect → onboarding → active ⇄ suspended, terminated (final) from any. Becoming active needs every required due-diligence item approved "
                + "(409 partners.due-diligence-incomplete, listing them); other moves are 409 partners.invalid-transition. Suspension and termination are published.");

        partners.MapGet("/{id:guid}/status-history", StatusHistoryAsync).RequireAuthorization(Policies.Read).Lists<PartnerStatusChangeDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListPartnerStatusChanges", "A partner's status moves, newest first", "Who moved it, when and why.");

        partners.MapGet("/{id:guid}/spend", SpendAsync).RequireAuthorization(Policies.Read).Computes<PartnerSpendDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("GetPartnerSpend", "What the company spent with a partner, per month",
                "From Finance's transactions that name the partner (asked through Finance's public query), in the reporting currency; from..to inclusive, "
                + "the twelve months to today by default (409 finance.missing-exchange-rate when a rate is missing).");
    }

    private static async Task<IResult> CreateAsync(PartnerRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var partner = await dispatcher.SendAsync(new CreatePartnerCommand(request), cancellationToken);
        return ResourceResults.Created(context, $"{PartnersApi.Prefix}/partners/{partner.Id}", partner);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, [EnumValues<PartnerType>] [FromQuery] string[]? type, [EnumValues<PartnerStatus>] [FromQuery] string[]? status,
        [EnumValues<PartnerTier>] [FromQuery] string[]? tier, string? country, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListPartnersQuery(errors.AnyOf<PartnerType>(type, nameof(type)), errors.AnyOf<PartnerStatus>(status, nameof(status)),
            errors.AnyOf<PartnerTier>(tier, nameof(tier)), country, limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> SummaryAsync(IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetPartnersSummaryQuery(), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetPartnerQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, PartnerRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdatePartnerCommand(id, IfMatch.ExpectedVersion(context.Request), request), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid id, PartnerStatusTransitionRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionPartnerStatusCommand(id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Reason), cancellationToken));

    private static async Task<IResult> StatusHistoryAsync(Guid id, IDispatcher dispatcher, int? limit, string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListPartnerStatusChangesQuery(id, limit, cursor), cancellationToken));

    private static async Task<IResult> SpendAsync(Guid id, IDispatcher dispatcher, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetPartnerSpendQuery(id, from, to), cancellationToken));
}
