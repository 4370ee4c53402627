using OpsPlan.Modules.Access;

namespace OpsPlan.Api.Endpoints.Admin;

/// <summary>/api/v1/admin/api-keys: integrator API keys, for admins only.</summary>
internal sealed class AccessApi() : ModuleApi(new AccessModule())
{
    public override string RoutePrefix => "/api/v1/admin";

    public override string ReadPolicy => Policies.Admin;

    public static readonly ApiTag ApiKeys = new("Admin: API keys", "Access module, admins only: integrator API keys, shown once and revoked at once.");

    protected override IReadOnlyList<string> Writers => [];

    public override IReadOnlyList<ApiTag> Tags => [ApiKeys];

    public override void MapEndpoints(RouteGroupBuilder module) => module.MapApiKeys();

    public override void RegisterExamples(ExampleCatalog examples) => AccessExamples.Register(examples);
}
