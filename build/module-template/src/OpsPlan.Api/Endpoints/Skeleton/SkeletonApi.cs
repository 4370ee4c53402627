using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Skeleton;

namespace OpsPlan.Api.Endpoints.Skeleton;

/// <summary>/api/v1/skeleton: the skeleton module's records.</summary>
internal sealed class SkeletonApi() : ModuleApi(new SkeletonModule())
{
    public static readonly string Write = Policies.WriteOf("skeleton");

    public static readonly ApiTag Widgets = new("Widgets", "Skeleton module: widgets.");

    // Give the module a role of its own in Roles when its team needs one.
    protected override IReadOnlyList<string> Writers => [Roles.Ops];

    public override IReadOnlyList<ApiTag> Tags => [Widgets];

    public override void MapEndpoints(RouteGroupBuilder module) => module.MapWidgets();

    public override void RegisterExamples(ExampleCatalog examples) => SkeletonExamples.Register(examples);
}
