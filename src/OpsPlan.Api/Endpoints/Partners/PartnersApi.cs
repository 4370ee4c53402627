using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners;

namespace OpsPlan.Api.Endpoints.Partners;

/// <summary>
/// /api/v1/partners: partners with due diligence, agreements with SLA targets, measured SLAs and scorecards. A partner's
/// own key reaches the module's group; every operation but its own reads and its SLA submissions also demands a reader.
/// </summary>
internal sealed class PartnersApi() : ModuleApi(new PartnersModule())
{
    public const string Prefix = "/api/v1/partners";

    public static readonly string Write = Policies.WriteOf("partners");

    public static readonly ApiTag Partners = new("Partners", "Partners module: partners, their status workflow and history, the summary and spend per partner.");
    public static readonly ApiTag DueDiligence = new("Due diligence", "Partners module: each partner's checklist — evidence submitted, reviewed, required before it becomes active.");
    public static readonly ApiTag Agreements = new("Agreements", "Partners module: agreements with value, renewal terms and SLA targets; expiring agreements and notice deadlines.");
    public static readonly ApiTag Sla = new("SLA", "Partners module: SLA measurements in batches, judged against their targets; compliance per metric over time.");
    public static readonly ApiTag Scorecards = new("Scorecards", "Partners module: weighted supplier evaluations per quarter, the recommended tier and the trend.");

    public override string ReadPolicy => Policies.PartnerScopedRead;

    protected override IReadOnlyList<string> Writers => [Roles.Partners];

    public override IReadOnlyList<ApiTag> Tags => [Partners, DueDiligence, Agreements, Sla, Scorecards];

    public override void MapEndpoints(RouteGroupBuilder module)
    {
        module.MapPartners();
        module.MapDueDiligence();
        module.MapAgreements();
        module.MapSla();
        module.MapScorecards();
    }

    public override void RegisterExamples(ExampleCatalog examples) => PartnersExamples.Register(examples);
}
