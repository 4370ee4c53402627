using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>/api/v1/growth/referral-programs, /invite-codes and /referrals: the invite-reward programme.</summary>
internal static class ReferralsEndpoints
{
    public static void MapReferrals(this RouteGroupBuilder module)
    {
        var programs = module.MapGroup("/referral-programs").WithTag(GrowthApi.Referrals);

        programs.MapPost("", CreateAsync).RequireAuthorization(GrowthApi.Write).Creates<ReferralProgramDto>()
            .Named("CreateReferralProgram", "Start an invite-reward programme",
                "Reward (points, coupon or gift), trigger (signup or first-purchase), caps per referrer and per programme (they count redeemed referrals), window.");

        programs.MapGet("", ListAsync).Lists<ReferralProgramDto>()
            .Named("ListReferralPrograms", "List referral programmes");

        programs.MapGet("/{id:guid}", GetAsync).ReadsOne<ReferralProgramDto>()
            .Named("GetReferralProgram", "Get a referral programme");

        programs.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(GrowthApi.Write).Changes<ReferralProgramDto>()
            .Named("ReplaceReferralProgram", "Change a programme's terms", "Referrals already made keep their reward; new caps apply to new redemptions.");

        programs.MapPost("/{id:guid}/invite-codes", IssueCodeAsync).RequireAuthorization(GrowthApi.Sync).Creates<InviteCodeIssueDto>()
            .Produces<InviteCodeIssueDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("IssueInviteCode", "Get a customer's invite code",
                "201 with a new, unguessable code the first time; 200 with the same code after (one code per customer and programme).");

        programs.MapGet("/{id:guid}/referrals", ReferralsAsync).Lists<ReferralDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListReferrals", "A programme's referrals, newest first", "Filter by referrerId or status.");

        programs.MapGet("/{id:guid}/leaderboard", LeaderboardAsync).Computes<LeaderboardDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("GetReferralLeaderboard", "The programme's top referrers",
                "Ranked by rewarded referrals, then referrals; equal figures share a rank. top 1..100 (default 10).");

        module.MapGet("/invite-codes/{code}", GetCodeAsync).WithTag(GrowthApi.Referrals).ReadsOne().Produces<InviteCodeDto>()
            .Named("GetInviteCode", "Look up an invite code", "Case-insensitive.");

        module.MapPost("/referrals", RedeemAsync).WithTag(GrowthApi.Referrals).RequireAuthorization(GrowthApi.Sync).Creates<ReferralDto>()
            .Named("RedeemInviteCode", "Redeem an invite code for a new customer",
                "Links the customer to the code's referrer and rewards the referrer now (trigger signup) or at the customer's first purchase. 409 growth.self-referral, "
                + "growth.already-referred, growth.cap-reached, growth.program-inactive or growth.not-a-new-customer; an unknown code is a 400 on code. "
                + "A customer synced with referralCode is redeemed the same way.");
    }

    private static async Task<IResult> CreateAsync(CreateReferralProgramCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var program = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/growth/referral-programs/{program.Id}", program);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListReferralProgramsQuery(limit, cursor, QueryErrors.Utc(updatedSince), sort), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetReferralProgramQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, ReferralProgramRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(request.ToCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken));

    private static async Task<IResult> IssueCodeAsync(Guid id, InviteCodeRequest request, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var issue = await dispatcher.SendAsync(request.ToCommand(id), cancellationToken);
        return issue.Created ? TypedResults.Created($"/api/v1/growth/invite-codes/{issue.InviteCode.Code}", issue) : TypedResults.Ok(issue);
    }

    private static async Task<IResult> ReferralsAsync(Guid id, IDispatcher dispatcher, Guid? referrerId, [EnumValues<ReferralStatus>] string? status, int? limit,
        string? cursor, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListReferralsQuery(id, referrerId, errors.Enum<ReferralStatus>(status, nameof(status)), limit, cursor);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> LeaderboardAsync(Guid id, IDispatcher dispatcher, int? top, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetLeaderboardQuery(id, top), cancellationToken));

    private static async Task<IResult> GetCodeAsync(string code, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetInviteCodeQuery(code), cancellationToken));

    private static async Task<IResult> RedeemAsync(RedeemInviteCodeCommand command, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var referral = await dispatcher.SendAsync(command, cancellationToken);
        return TypedResults.Created($"/api/v1/growth/referral-programs/{referral.ProgramId}/referrals", referral);
    }
}
