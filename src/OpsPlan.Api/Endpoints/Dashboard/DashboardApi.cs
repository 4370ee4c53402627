using OpsPlan.Modules.Dashboard;

namespace OpsPlan.Api.Endpoints.Dashboard;

/// <summary>/api/v1/dashboard: the operations console's home, readable by every role but a partner's own key.</summary>
internal sealed class DashboardApi() : ModuleApi(new DashboardModule())
{
    public static readonly ApiTag Home = new("Dashboard", "The operations console's home in one call: a section per module, each degrading on its own.");

    public override string RoutePrefix => "/api/v1";

    protected override IReadOnlyList<string> Writers => [];

    public override IReadOnlyList<ApiTag> Tags => [Home];

    public override void MapEndpoints(RouteGroupBuilder module) => module.MapDashboard();

    public override void RegisterExamples(ExampleCatalog examples) => DashboardExamples.Register(examples);
}
