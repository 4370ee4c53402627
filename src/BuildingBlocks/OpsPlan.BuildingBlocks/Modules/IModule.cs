using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpsPlan.BuildingBlocks.Modules;

/// <summary>
/// The one public type of a module's internal assembly: the host hands it to the building blocks, which register
/// its handlers, validators and migrations. Everything else a module has is internal.
/// </summary>
public interface IModule
{
    ModuleDescriptor Descriptor { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);
}
