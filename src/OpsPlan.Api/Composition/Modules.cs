using OpsPlan.Api.Endpoints.Admin;
using OpsPlan.Api.Endpoints.Finance;
using OpsPlan.Api.Endpoints.Risk;
using OpsPlan.Api.OpenApi;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Access;
using OpsPlan.Modules.Finance;
using OpsPlan.Modules.Risk;

namespace OpsPlan.Api.Composition;

/// <summary>The modules this host runs: their entry points, HTTP surfaces and OpenAPI examples. A new module is added here.</summary>
internal static class Modules
{
    public static IModule[] All() => [new AccessModule(), new FinanceModule(), new RiskModule()];

    public static void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapApiKeys();
        app.MapFinanceModule();
        app.MapRiskModule();
    }

    public static void RegisterExamples(ExampleCatalog examples)
    {
        AccessExamples.Register(examples);
        FinanceExamples.Register(examples);
        RiskExamples.Register(examples);
        MitigationExamples.Register(examples);
        IncidentExamples.Register(examples);
    }
}
