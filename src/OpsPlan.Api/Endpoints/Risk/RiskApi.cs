using OpsPlan.Api.Composition;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Risk;

namespace OpsPlan.Api.Endpoints.Risk;

/// <summary>/api/v1/risk: the register, mitigations, incidents and their views.</summary>
internal sealed class RiskApi() : ModuleApi(new RiskModule())
{
    public static readonly string Write = Policies.WriteOf("risk");

    protected override IReadOnlyList<string> Writers => [Roles.Risk];

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
