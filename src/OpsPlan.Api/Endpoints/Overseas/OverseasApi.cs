using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Overseas;

namespace OpsPlan.Api.Endpoints.Overseas;

/// <summary>/api/v1/overseas: markets abroad through their stages and launch gate, assessments and the ranking, localization and compliance.</summary>
internal sealed class OverseasApi() : ModuleApi(new OverseasModule())
{
    public const string Prefix = "/api/v1/overseas";

    public static readonly string Write = Policies.WriteOf("overseas");

    public static readonly ApiTag Markets = new("Markets", "Overseas module: one market per country through research, assessment, pilot, launch and scale; the launch gate, the pipeline.");
    public static readonly ApiTag Assessments = new("Market assessments", "Overseas module: versioned, weighted assessments, attractiveness and risk scores, the ranking and revenue concentration.");
    public static readonly ApiTag Localization = new("Localization", "Overseas module: the work that adapts the product to a market, its readiness per area, overdue tasks.");
    public static readonly ApiTag Compliance = new("Compliance", "Overseas module: what each market's law requires, how far it is met; critical gaps block launch and become risks.");

    protected override IReadOnlyList<string> Writers => [Roles.Overseas, Roles.Ops];

    public override IReadOnlyList<ApiTag> Tags => [Markets, Assessments, Localization, Compliance];

    public override void MapEndpoints(RouteGroupBuilder module)
    {
        module.MapMarkets();
        module.MapAssessments();
        module.MapLocalization();
        module.MapCompliance();
    }

    public override void RegisterExamples(ExampleCatalog examples) => OverseasExamples.Register(examples);
}
