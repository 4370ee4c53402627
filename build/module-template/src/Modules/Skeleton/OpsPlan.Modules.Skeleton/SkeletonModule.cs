using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Skeleton.Contracts.Widgets;
using OpsPlan.Modules.Skeleton.Domain.Widgets;
using OpsPlan.Modules.Skeleton.Infrastructure.Persistence;

namespace OpsPlan.Modules.Skeleton;

/// <summary>The skeleton module. Its tables live in the <c>skeleton</c> schema.</summary>
public sealed class SkeletonModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("skeleton", typeof(SkeletonModule).Assembly, typeof(WidgetDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IWidgetRepository, WidgetRepository>();
}
