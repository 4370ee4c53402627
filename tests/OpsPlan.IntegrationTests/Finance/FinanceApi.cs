using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Finance;

/// <summary>The Finance endpoints and the records most tests start from, created through HTTP.</summary>
internal static class FinanceApi
{
    public const string CostCenters = "/api/v1/finance/cost-centers";
    public const string Budgets = "/api/v1/finance/budgets";
    public const string Transactions = "/api/v1/finance/transactions";
    public const string TransactionBatch = "/api/v1/finance/transactions/batch";
    public const string CashAccounts = "/api/v1/finance/cash-accounts";
    public const string ExchangeRates = "/api/v1/finance/exchange-rates";
    public const string ExchangeRateBatch = "/api/v1/finance/exchange-rates/batch";

    /// <summary>Where the finance tests' API clock starts: a morning, so every test's "today" is <see cref="Today"/>.</summary>
    public static readonly DateTime Start = new(2026, 11, 18, 9, 30, 0, DateTimeKind.Utc);

    public static DateOnly Today { get; } = DateOnly.FromDateTime(Start);

    /// <summary>The current month as a fiscal period, such as <c>2026-11</c>.</summary>
    public static string ThisMonth => Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static object Money(string amount, string currency = "EUR") => new { amount, currency };

    public static async Task<string> CostCenterAsync(HttpClient client, string code, string owner = "cmo@example.com") =>
        (await (await client.PostJsonAsync(CostCenters, new { code, name = $"Cost center {code}", owner })).ShouldHaveStatus(HttpStatusCode.Created)).Id();

    public static async Task<JsonNode> DraftBudgetAsync(HttpClient client, string costCenterId, string period, string currency = "EUR", decimal? threshold = null,
        params (string Category, string Amount)[] lines) =>
        await (await client.PostJsonAsync(Budgets, new
        {
            costCenterId,
            period,
            currency,
            warningThresholdPercent = threshold,
            lines = (lines.Length == 0 ? [("marketing", "1000.00")] : lines).Select(line => new { category = line.Category, amount = Money(line.Amount, currency) }),
        })).ShouldHaveStatus(HttpStatusCode.Created);

    public static async Task<JsonNode> MoveAsync(HttpClient client, string budgetId, string status) =>
        await (await client.PostJsonAsync($"{Budgets}/{budgetId}/status-transitions", new { status })).ShouldHaveStatus(HttpStatusCode.OK);

    public static async Task<JsonNode> ApprovedBudgetAsync(HttpClient client, string costCenterId, string period, params (string Category, string Amount)[] lines)
    {
        var budget = await DraftBudgetAsync(client, costCenterId, period, "EUR", null, lines);
        await MoveAsync(client, budget.Id(), "submitted");
        return await MoveAsync(client, budget.Id(), "approved");
    }

    public static object Transaction(string costCenterId, string amount, string? externalId = null, DateOnly? on = null, string category = "marketing",
        string direction = "outflow", string currency = "EUR", string? cashAccountId = null) => new
    {
        externalId,
        occurredOn = (on ?? Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        costCenterId,
        category,
        direction,
        amount = Money(amount, currency),
        cashAccountId,
        counterparty = "Adtech GmbH",
        description = "Paid social",
    };

    public static async Task<JsonNode> SpendAsync(HttpClient client, string costCenterId, string amount, string category = "marketing") =>
        await (await client.PostJsonAsync(Transactions, Transaction(costCenterId, amount, category: category))).ShouldHaveStatus(HttpStatusCode.Created);

    public static async Task<JsonNode> SyncAsync(HttpClient client, params object[] items) =>
        await (await client.PostJsonAsync(TransactionBatch, new { items })).ShouldHaveStatus(HttpStatusCode.OK);

    public static async Task<string> CashAccountAsync(HttpClient client, string name, string opening, string currency = "EUR", DateOnly? openedOn = null) =>
        (await (await client.PostJsonAsync(CashAccounts, new
        {
            name,
            openingBalance = Money(opening, currency),
            openedOn = (openedOn ?? Today.AddYears(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).ShouldHaveStatus(HttpStatusCode.Created)).Id();

    public static string Amount(this JsonNode? money) => money!["amount"]!.GetValue<string>();
}
