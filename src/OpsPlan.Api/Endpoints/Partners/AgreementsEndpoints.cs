using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Agreements;

namespace OpsPlan.Api.Endpoints.Partners;

/// <summary>/api/v1/partners/partners/{partnerId}/agreements, and /api/v1/partners/agreements/expiring.</summary>
internal static class AgreementsEndpoints
{
    public static void MapAgreements(this RouteGroupBuilder module)
    {
        module.MapGet("/agreements/expiring", ExpiringAsync).WithTag(PartnersApi.Agreements).RequireAuthorization(Policies.Read)
            .Computes<IReadOnlyList<ExpiringAgreementDto>>()
            .Named("ListExpiringAgreements", "Agreements ending soon",
                "Ending from today to today + within days (30, 60 or 90; 30 by default), soonest first, with the notice deadline (end date − notice days) and days to it.");

        module.MapPost("/agreements/expiring/notify", NotifyAsync).WithTag(PartnersApi.Agreements).RequireAuthorization(PartnersApi.Write)
            .Computes<ExpiringNotificationDto>()
            .Named("NotifyExpiringAgreements", "Announce expiring agreements now",
                "What the scheduled sweep does (Partners:ExpiringSweepInterval): every agreement 30 days before its notice deadline is announced once as "
                + "partners.agreement-expiring.");

        var agreements = module.MapGroup("/partners/{partnerId:guid}/agreements").WithTag(PartnersApi.Agreements);

        agreements.MapPost("", CreateAsync).RequireAuthorization(PartnersApi.Write).Creates<AgreementDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("CreateAgreement", "Record an agreement with a partner",
                "End on or after start; notice days 0-365; one SLA target per metric (at-least or at-most a target). A terminated partner signs none (409).");

        agreements.MapGet("", ListAsync).Lists<AgreementDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListAgreements", "List a partner's agreements", "Filter by type (several allowed). A partner's own key reads its own only.");

        agreements.MapGet("/{id:guid}", GetAsync).ReadsOne<AgreementDto>().Named("GetAgreement", "Get an agreement");

        agreements.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(PartnersApi.Write).Changes<AgreementDto>()
            .Named("ReplaceAgreement", "Amend an agreement",
                "Stored measurements keep the target they were judged against; a new end date or notice period is announced again when it comes.");
    }

    private static async Task<IResult> ExpiringAsync(IDispatcher dispatcher, int? within, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListExpiringAgreementsQuery(within), cancellationToken));

    private static async Task<IResult> NotifyAsync(IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.SendAsync(new NotifyExpiringAgreementsCommand(), cancellationToken));

    private static async Task<IResult> CreateAsync(Guid partnerId, AgreementRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var agreement = await dispatcher.SendAsync(new CreateAgreementCommand(partnerId, request), cancellationToken);
        return ResourceResults.Created(context, $"{PartnersApi.Prefix}/partners/{partnerId}/agreements/{agreement.Id}", agreement);
    }

    private static async Task<IResult> ListAsync(Guid partnerId, IDispatcher dispatcher, [EnumValues<AgreementType>] [FromQuery] string[]? type, int? limit, string? cursor,
        DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListAgreementsQuery(partnerId, errors.AnyOf<AgreementType>(type, nameof(type)), limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid partnerId, Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetAgreementQuery(partnerId, id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid partnerId, Guid id, AgreementRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdateAgreementCommand(partnerId, id, IfMatch.ExpectedVersion(context.Request), request), cancellationToken));
}
