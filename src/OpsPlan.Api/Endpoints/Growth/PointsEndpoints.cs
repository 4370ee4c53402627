using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Points;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>/api/v1/growth/customers/{id}/points: a customer's loyalty points ledger.</summary>
internal static class PointsEndpoints
{
    public static void MapPoints(this RouteGroupBuilder module)
    {
        var points = module.MapGroup("/customers/{id:guid}/points").WithTag(GrowthApi.Points);

        points.MapGet("", BalanceAsync).ReadsOne().Produces<PointsBalanceDto>()
            .Named("GetPointsBalance", "A customer's points balance", "balance = earned − redeemed − expired, the sum of the ledger; never below zero.");

        points.MapGet("/entries", EntriesAsync).Lists<PointsEntryDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListPointsEntries", "A customer's points ledger, newest first", "Filter by kind.");

        points.MapPost("/entries", RecordAsync).RequireAuthorization(GrowthApi.Sync).Creates<PointsEntryRecordDto>().Produces<PointsEntryRecordDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Named("RecordPointsEntry", "Earn, redeem or expire points",
                "201 with the entry; 200 with the first entry when its key was used before with the same kind and points (409 growth.points-key-reused otherwise). "
                + "A redemption or expiry larger than the balance is 409 growth.insufficient-points, also when requests race.");
    }

    private static async Task<IResult> BalanceAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetPointsBalanceQuery(id), cancellationToken));

    private static async Task<IResult> EntriesAsync(Guid id, IDispatcher dispatcher, [EnumValues<PointsEntryKind>] string? kind, int? limit, string? cursor,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListPointsEntriesQuery(id, errors.Enum<PointsEntryKind>(kind, nameof(kind)), limit, cursor);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> RecordAsync(Guid id, PointsEntryRequest request, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var record = await dispatcher.SendAsync(request.ToCommand(id), cancellationToken);
        return record.Created ? TypedResults.Created($"/api/v1/growth/customers/{id}/points/entries", record) : TypedResults.Ok(record);
    }
}
