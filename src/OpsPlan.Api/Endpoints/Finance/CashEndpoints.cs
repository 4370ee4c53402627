using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Api.Endpoints.Finance;

/// <summary>Cash accounts, exchange rates, and the cash views: cash flow, runway and spend.</summary>
internal static class CashEndpoints
{
    public static void MapCash(this RouteGroupBuilder module)
    {
        var accounts = module.MapGroup("/cash-accounts").WithTag(FinanceApi.CashAccounts);
        accounts.MapPost("", CreateAccountAsync).RequireAuthorization(FinanceApi.Write).Creates<CashAccountDto>()
            .Named("CreateCashAccount", "Open a cash account with its opening balance",
                "Names are unique (409 finance.duplicate-name); the account's currency is its opening balance's.");
        accounts.MapGet("", ListAccountsAsync).Lists<CashAccountDto>()
            .Named("ListCashAccounts", "List cash accounts");
        accounts.MapGet("/{id:guid}", GetAccountAsync).ReadsOne<CashAccountDto>()
            .Named("GetCashAccount", "Get a cash account");

        var rates = module.MapGroup("/exchange-rates").WithTag(FinanceApi.ExchangeRates);
        rates.MapPost("/batch", SyncRatesAsync).RequireAuthorization(FinanceApi.Sync)
            .Syncs<ExchangeRateBatchRequest>()
            .Named("SyncExchangeRates", "Upsert up to 1,000 exchange rates by currency and day",
                "A rate is how many units of the reporting currency (Finance:ReportingCurrency) one unit of the currency is worth from that day on, as a decimal string.");
        rates.MapGet("", ListRatesAsync).Lists<ExchangeRateDto>()
            .Named("ListExchangeRates", "List exchange rates", "Filter by currency and effective day (from/to, inclusive).");

        module.MapGet("/cash-flow", CashFlowAsync).WithTag(FinanceApi.Views).Computes<CashFlowDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .Named("GetCashFlow", "Inflow, outflow, net and running balance per month or week",
                "Per cash account in its currency, and in total in the reporting currency. from and to are required and at most five years apart.");
        module.MapGet("/runway", RunwayAsync).WithTag(FinanceApi.Views).Computes<RunwayDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .Named("GetRunway", "Months of cash at the trailing three-month net burn",
                "Cash is every account's balance today; burn is the average monthly net outflow of the last three whole months. Not burning: months is null.");
        module.MapGet("/spend/summary", SpendSummaryAsync)
            .WithTag(FinanceApi.Views).Computes<SpendSummaryDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .Named("GetSpendSummary", "Spend by cost center and category for a fiscal period",
                "period is required (2026, 2026-Q3 or 2026-07); costCenterId narrows it to one cost center. Amounts in the reporting currency.");
    }

    private static async Task<IResult> CreateAccountAsync(CreateCashAccountCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var account = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/finance/cash-accounts/{account.Id}", account);
    }

    private static async Task<IResult> ListAccountsAsync(IDispatcher dispatcher, string? currency, int? limit, string? cursor, DateTimeOffset? updatedSince,
        string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListCashAccountsQuery(currency, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> GetAccountAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetCashAccountQuery(id), cancellationToken));

    private static async Task<IResult> SyncRatesAsync(JsonElement body, IDispatcher dispatcher, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var items = BatchBody.Read<ExchangeRateSyncItem>(body, json.Value.SerializerOptions, _ => null);
        return TypedResults.Ok(await dispatcher.SendAsync(new SyncExchangeRatesCommand(items), cancellationToken));
    }

    private static async Task<IResult> ListRatesAsync(IDispatcher dispatcher, string? currency, DateOnly? from, DateOnly? to, int? limit, string? cursor,
        DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListExchangeRatesQuery(currency, from, to, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> CashFlowAsync(IDispatcher dispatcher, DateOnly? from, DateOnly? to, [EnumValues<CashFlowGranularity>] string? granularity,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new GetCashFlowQuery(from, to, errors.Enum<CashFlowGranularity>(granularity, nameof(granularity)));
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> RunwayAsync(IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetRunwayQuery(), cancellationToken));

    private static async Task<IResult> SpendSummaryAsync(IDispatcher dispatcher, string? period, Guid? costCenterId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetSpendSummaryQuery(period, costCenterId), cancellationToken));
}
