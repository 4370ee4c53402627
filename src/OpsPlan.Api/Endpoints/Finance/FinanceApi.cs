using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Finance;

namespace OpsPlan.Api.Endpoints.Finance;

/// <summary>/api/v1/finance: cost centers, budgets, transactions, cash and their views.</summary>
internal sealed class FinanceApi() : ModuleApi(new FinanceModule())
{
    public static readonly string Write = Policies.WriteOf("finance");

    public static readonly string Sync = Policies.SyncOf("finance");

    public static readonly ApiTag CostCenters = new("Cost centers", "Finance module: the cost-center tree budgets and spend are booked against.");
    public static readonly ApiTag Budgets = new("Budgets", "Finance module: budgets per cost center and period, their approval workflow and revisions.");
    public static readonly ApiTag Transactions = new("Transactions", "Finance module: spend and income, one by one or synced in batches from the finance system.");
    public static readonly ApiTag CashAccounts = new("Cash accounts", "Finance module: the accounts whose balances cash flow and runway are computed from.");
    public static readonly ApiTag ExchangeRates = new("Exchange rates", "Finance module: rates to the reporting currency, synced in batches.");
    public static readonly ApiTag Views = new("Finance views", "Finance module: variance, cash flow, runway and the spend summary, computed from the records.");

    protected override IReadOnlyList<string> Writers => [Roles.Finance];

    public override IReadOnlyList<ApiTag> Tags => [CostCenters, Budgets, Transactions, CashAccounts, ExchangeRates, Views];

    public override void MapEndpoints(RouteGroupBuilder module)
    {
        module.MapCostCenters();
        module.MapBudgets();
        module.MapTransactions();
        module.MapCash();
    }

    public override void RegisterExamples(ExampleCatalog examples) => FinanceExamples.Register(examples);
}
