using OpsPlan.Modules.Integrations;

namespace OpsPlan.Api.Endpoints.Integrations;

/// <summary>
/// What leaves the system: /api/v1/events, the feed integrators pull (integrators and admins), and
/// /api/v1/admin/webhooks, the subscriptions admins register, with their deliveries and attempts.
/// </summary>
internal sealed class IntegrationsApi() : ModuleApi(new IntegrationsModule())
{
    public static readonly ApiTag Events = new("Event feed", "Integrations module: every integration event the modules publish, in order, for integrators who pull.");
    public static readonly ApiTag Webhooks = new("Admin: webhooks", "Integrations module, admins only: subscriptions, signed deliveries, their attempts and replays.");

    public override string RoutePrefix => "/api/v1";

    public override string ReadPolicy => Policies.EventFeed;

    protected override IReadOnlyList<string> Writers => [];

    public override IReadOnlyList<ApiTag> Tags => [Events, Webhooks];

    public override void MapEndpoints(RouteGroupBuilder module)
    {
        module.MapEventFeed();
        module.MapWebhooks();
    }

    public override void RegisterExamples(ExampleCatalog examples) => IntegrationsExamples.Register(examples);
}
