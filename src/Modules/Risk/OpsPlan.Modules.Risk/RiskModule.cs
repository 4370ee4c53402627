using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Risk.Contracts.Risks;
using OpsPlan.Modules.Risk.Domain.Incidents;
using OpsPlan.Modules.Risk.Domain.Mitigations;
using OpsPlan.Modules.Risk.Domain.Risks;
using OpsPlan.Modules.Risk.Infrastructure.Persistence;

namespace OpsPlan.Modules.Risk;

/// <summary>The risk register, mitigations, incidents and their views. Its tables live in the <c>risk</c> schema.</summary>
public sealed class RiskModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("risk", typeof(RiskModule).Assembly, typeof(RiskDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IRiskRepository, RiskRepository>();
        services.AddScoped<IMitigationRepository, MitigationRepository>();
        services.AddScoped<IIncidentRepository, IncidentRepository>();
    }
}
