using OpsPlan.Api.Composition;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Finance;

namespace OpsPlan.Api.Endpoints.Finance;

/// <summary>/api/v1/finance: cost centers, budgets, transactions, cash and their views.</summary>
internal sealed class FinanceApi() : ModuleApi(new FinanceModule())
{
    public static readonly string Write = Policies.WriteOf("finance");

    public static readonly string Sync = Policies.SyncOf("finance");

    protected override IReadOnlyList<string> Writers => [Roles.Finance];

    public override void MapEndpoints(RouteGroupBuilder module)
    {
        module.MapCostCenters();
        module.MapBudgets();
        module.MapTransactions();
        module.MapCash();
    }

    public override void RegisterExamples(ExampleCatalog examples) => FinanceExamples.Register(examples);
}
