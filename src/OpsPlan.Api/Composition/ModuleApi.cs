using Microsoft.AspNetCore.Authorization;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.Api.Composition;

/// <summary>
/// A module as the host serves it: its entry point, the routes under its prefix, the examples Swagger shows and who
/// may write. The host discovers everything it needs about a module from its <see cref="ModuleApi"/>.
/// </summary>
internal abstract class ModuleApi(IModule module)
{
    public IModule Module { get; } = module;

    public string Name => Module.Descriptor.Name;

    /// <summary>Where the module's routes live; every route in the group needs <see cref="ReadPolicy"/>.</summary>
    public virtual string RoutePrefix => "/api/v1/" + Name;

    public virtual string ReadPolicy => Policies.Read;

    /// <summary>Besides admins, who may change the module's records (<c>&lt;module&gt;:write</c>).</summary>
    protected abstract IReadOnlyList<string> Writers { get; }

    /// <summary>The module's groups of operations in Swagger UI, in the order shown.</summary>
    public abstract IReadOnlyList<ApiTag> Tags { get; }

    public abstract void MapEndpoints(RouteGroupBuilder module);

    public virtual void RegisterExamples(ExampleCatalog examples)
    {
    }

    /// <summary><c>&lt;module&gt;:write</c> (writers and admins) and <c>&lt;module&gt;:sync</c> (also integrators, for batch syncs).</summary>
    public void AddPolicies(AuthorizationOptions options)
    {
        string[] writers = [.. Writers, Roles.Admin];
        options.AddPolicy(Policies.WriteOf(Name), policy => policy.RequireRole(writers));
        options.AddPolicy(Policies.SyncOf(Name), policy => policy.RequireRole([.. writers, Roles.Integrator]));
    }

    public void Map(IEndpointRouteBuilder app) => MapEndpoints(app.MapGroup(RoutePrefix).RequireAuthorization(ReadPolicy));
}
