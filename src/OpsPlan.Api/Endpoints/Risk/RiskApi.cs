using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Risk;

namespace OpsPlan.Api.Endpoints.Risk;

/// <summary>/api/v1/risk: the register, mitigations, incidents and their views.</summary>
internal sealed class RiskApi() : ModuleApi(new RiskModule())
{
    public static readonly string Write = Policies.WriteOf("risk");

    public static readonly ApiTag Risks = new("Risks", "Risk module: the register — raise, assess, change and move risks through their workflow.");
    public static readonly ApiTag Mitigations = new("Mitigations", "Risk module: actions against a risk, with owners, due dates and the overdue list.");
    public static readonly ApiTag Incidents = new("Incidents", "Risk module: incidents from detection to post-mortem, their timeline and linked risks.");
    public static readonly ApiTag Views = new("Risk views", "Risk module: the heat map, the summary and incident metrics, computed from the records.");

    protected override IReadOnlyList<string> Writers => [Roles.Risk];

    public override IReadOnlyList<ApiTag> Tags => [Risks, Mitigations, Incidents, Views];

    public override void MapEndpoints(RouteGroupBuilder module)
    {
        module.MapRiskViews();
        module.MapRisks();
        module.MapMitigations();
        module.MapIncidents();
    }

    public override void RegisterExamples(ExampleCatalog examples)
    {
        RiskExamples.Register(examples);
        MitigationExamples.Register(examples);
        IncidentExamples.Register(examples);
    }
}
