using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Transactions;

namespace OpsPlan.Api.Endpoints.Finance;

/// <summary>/api/v1/finance/transactions: actuals, one by one or synced in batches by integrators.</summary>
internal static class TransactionsEndpoints
{
    public static void MapTransactions(this RouteGroupBuilder module)
    {
        var transactions = module.MapGroup("/transactions").WithTag(FinanceApi.Transactions);

        transactions.MapPost("", CreateAsync).RequireAuthorization(FinanceApi.Write).Creates<TransactionDto>()
            .Named("CreateTransaction", "Record a transaction",
                "An unknown cost center or cash account, or an amount in another currency than its cash account, is 400; a taken externalId is 409 finance.duplicate-external-id.");

        transactions.MapPost("/batch", SyncAsync).RequireAuthorization(FinanceApi.Sync)
            .Syncs<TransactionBatchRequest>()
            .Named("SyncTransactions", "Upsert up to 1,000 transactions by externalId",
                "One result per item, in order: created, updated, unchanged or failed (with its errors). A bad item fails alone; the good ones are written together.");

        transactions.MapGet("", ListAsync).Lists<TransactionDto>()
            .Named("ListTransactions", "List transactions",
                "Filter by cost center, category, direction, cash account, date range (from/to, inclusive) or externalId. With updatedSince: oldest change first, for incremental sync.");

        transactions.MapGet("/{id:guid}", GetAsync).ReadsOne<TransactionDto>()
            .Named("GetTransaction", "Get a transaction");
    }

    private static async Task<IResult> CreateAsync(CreateTransactionCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var transaction = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/finance/transactions/{transaction.Id}", transaction);
    }

    private static async Task<IResult> SyncAsync(JsonElement body, IDispatcher dispatcher, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var items = BatchBody.Read<TransactionSyncItem>(body, json.Value.SerializerOptions, item => BatchBody.StringProperty(item, "externalId"));
        return TypedResults.Ok(await dispatcher.SendAsync(new SyncTransactionsCommand(items), cancellationToken));
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, Guid? costCenterId, [EnumValues<SpendCategory>] [FromQuery] string[]? category,
        [EnumValues<TransactionDirection>] [FromQuery] string[]? direction, Guid? cashAccountId, DateOnly? from, DateOnly? to, string? externalId,
        int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListTransactionsQuery(costCenterId, errors.AnyOf<SpendCategory>(category, nameof(category)),
            errors.AnyOf<TransactionDirection>(direction, nameof(direction)), cashAccountId, from, to, externalId, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetTransactionQuery(id), cancellationToken));
}
