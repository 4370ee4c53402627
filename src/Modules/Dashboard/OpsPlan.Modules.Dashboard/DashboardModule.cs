using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Dashboard.Contracts.Home;

namespace OpsPlan.Modules.Dashboard;

/// <summary>
/// The operations console's home, composed from the other modules' public queries through the mediator. It keeps no
/// records of its own, so it has no schema.
/// </summary>
public sealed class DashboardModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("dashboard", typeof(DashboardModule).Assembly, typeof(DashboardDto).Assembly) { KeepsRecords = false };

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
