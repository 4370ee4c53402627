using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Access.Contracts.ApiKeys;
using OpsPlan.Modules.Access.Domain.ApiKeys;
using OpsPlan.Modules.Access.Infrastructure.Persistence;

namespace OpsPlan.Modules.Access;

/// <summary>Integrator API keys. Its tables live in the <c>access</c> schema.</summary>
public sealed class AccessModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("access", typeof(AccessModule).Assembly, typeof(ApiKeyDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IApiKeyRepository, ApiKeyRepository>();
}
