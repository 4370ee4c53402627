using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>/api/v1/growth/customers: the CRM's customers, synced in batches, with their stages and value.</summary>
internal static class CustomersEndpoints
{
    public static void MapCustomers(this RouteGroupBuilder module)
    {
        var customers = module.MapGroup("/customers").WithTag(GrowthApi.Customers);

        customers.MapPost("/batch", SyncAsync).RequireAuthorization(GrowthApi.Sync)
            .Syncs<CustomerBatchRequest>()
            .Named("SyncCustomers", "Upsert up to 1,000 customers by externalId",
                "One result per item, in order: created, updated, unchanged or failed (with its errors). A bad item fails alone; the good ones are written together. "
                + "After an erasure the personal fields sent are ignored unless restorePersonalData is true.");

        customers.MapGet("", ListAsync).Lists<CustomerDto>()
            .Named("ListCustomers", "List customers",
                "Filter by stage, tier, country, acquisitionChannel or externalId. Newest first; with updatedSince, oldest change first for incremental sync (stage changes count as changes).");

        customers.MapGet("/{id:guid}", GetAsync).ReadsOne<CustomerDto>()
            .Named("GetCustomer", "Get a customer");

        customers.MapGet("/{id:guid}/stage-history", StageHistoryAsync).Lists<StageChangeDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListStageChanges", "A customer's lifecycle stage changes, newest first");

        customers.MapPost("/{id:guid}/erase", EraseAsync).RequireAuthorization(GrowthApi.Write).Changes<CustomerDto>()
            .Named("EraseCustomer", "Erase a customer's personal data",
                "Display name, email, age band, gender, region, interests and custom attributes are replaced with anonymous values; stage, value and activity stay. "
                + "Records who erased it and when; erasing again changes nothing.");

        module.MapPost("/stages/reevaluate", ReevaluateAsync).WithTag(GrowthApi.Customers).RequireAuthorization(GrowthApi.Write)
            .Computes<StageReevaluationDto>()
            .Named("ReevaluateStages", "Re-evaluate lifecycle stages now",
                "What the scheduled re-evaluation does (Growth:StageReevaluationInterval): customers whose idle windows have passed move to their new stage.");
    }

    private static async Task<IResult> SyncAsync(JsonElement body, IDispatcher dispatcher, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var items = BatchBody.Read<CustomerSyncItem>(body, json.Value.SerializerOptions, item => BatchBody.StringProperty(item, "externalId"));
        return TypedResults.Ok(await dispatcher.SendAsync(new SyncCustomersCommand(items), cancellationToken));
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, [EnumValues<LifecycleStage>] [FromQuery] string[]? stage, [EnumValues<CustomerTier>] [FromQuery] string[]? tier,
        string? country, string? acquisitionChannel, string? externalId, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListCustomersQuery(errors.AnyOf<LifecycleStage>(stage, nameof(stage)), errors.AnyOf<CustomerTier>(tier, nameof(tier)), country,
            acquisitionChannel, externalId, limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetCustomerQuery(id), cancellationToken));

    private static async Task<IResult> StageHistoryAsync(Guid id, IDispatcher dispatcher, int? limit, string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListStageChangesQuery(id, limit, cursor), cancellationToken));

    private static async Task<IResult> EraseAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new EraseCustomerCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken));

    private static async Task<IResult> ReevaluateAsync(IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.SendAsync(new ReevaluateStagesCommand(), cancellationToken));
}
