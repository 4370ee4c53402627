using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Lifecycle;

namespace OpsPlan.Api.Endpoints.Lifecycle;

/// <summary>/api/v1/lifecycle: products through their stages, requirements, releases, feedback, experiments, monthly figures and health.</summary>
internal sealed class LifecycleApi() : ModuleApi(new LifecycleModule())
{
    public const string Prefix = "/api/v1/lifecycle";

    public static readonly string Write = Policies.WriteOf("lifecycle");

    public static readonly string Sync = Policies.SyncOf("lifecycle");

    public static readonly ApiTag Products = new("Products", "Lifecycle module: products through their stages with gates, stage history, time in stage, retirement plans.");
    public static readonly ApiTag Requirements = new("Requirements", "Lifecycle module: requirements from research and feedback, prioritised and delivered by releases.");
    public static readonly ApiTag Releases = new("Releases", "Lifecycle module: versions put out, with the requirements they deliver and the feedback they fix.");
    public static readonly ApiTag Feedback = new("Feedback", "Lifecycle module: what users say, typed in or imported in batches, triaged and summarised.");
    public static readonly ApiTag Experiments = new("Experiments", "Lifecycle module: A/B tests with variant totals synced in batches and a two-proportion z-test.");
    public static readonly ApiTag Health = new("Product metrics and health", "Lifecycle module: monthly figures in batches, decline detection and what to do about it.");

    protected override IReadOnlyList<string> Writers => [Roles.Product, Roles.Ops];

    public override IReadOnlyList<ApiTag> Tags => [Products, Requirements, Releases, Feedback, Experiments, Health];

    public override void MapEndpoints(RouteGroupBuilder module)
    {
        module.MapProducts();
        module.MapRequirements();
        module.MapReleases();
        module.MapFeedback();
        module.MapExperiments();
        module.MapProductMetrics();
    }

    public override void RegisterExamples(ExampleCatalog examples)
    {
        ProductExamples.Register(examples);
        DeliveryExamples.Register(examples);
    }
}
