using OpsPlan.Api.Composition;
using OpsPlan.Modules.Access;

namespace OpsPlan.Api.Endpoints.Admin;

/// <summary>/api/v1/admin/api-keys: integrator API keys, for admins only.</summary>
internal sealed class AccessApi() : ModuleApi(new AccessModule())
{
    public override string RoutePrefix => "/api/v1/admin";

    public override string ReadPolicy => Policies.Admin;

    protected override IReadOnlyList<string> Writers => [];

    public override void MapEndpoints(RouteGroupBuilder module) => module.MapApiKeys();

    public override void RegisterExamples(ExampleCatalog examples) => AccessExamples.Register(examples);
}
