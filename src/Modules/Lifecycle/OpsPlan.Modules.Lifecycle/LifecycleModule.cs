using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Lifecycle.Application;
using OpsPlan.Modules.Lifecycle.Application.Metrics;
using OpsPlan.Modules.Lifecycle.Contracts.Products;
using OpsPlan.Modules.Lifecycle.Domain.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Metrics;
using OpsPlan.Modules.Lifecycle.Domain.Products;
using OpsPlan.Modules.Lifecycle.Domain.Releases;
using OpsPlan.Modules.Lifecycle.Domain.Requirements;
using OpsPlan.Modules.Lifecycle.Infrastructure.Persistence;

namespace OpsPlan.Modules.Lifecycle;

/// <summary>Products through their stages with gates, requirements, releases, feedback, experiments, monthly figures and decline detection. Its tables live in the <c>lifecycle</c> schema.</summary>
public sealed class LifecycleModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("lifecycle", typeof(LifecycleModule).Assembly, typeof(ProductDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LifecycleOptions>().Bind(configuration.GetSection(LifecycleOptions.Section))
            .Validate(options => options.DeclineConsecutivePeriods is >= 1 and <= 24, "Lifecycle:DeclineConsecutivePeriods is from 1 to 24.")
            .Validate(options => options.DeclineDropPercent is >= 0 and < 100, "Lifecycle:DeclineDropPercent is from 0 to under 100.")
            .Validate(options => options.ExperimentAlpha is > 0 and < 1, "Lifecycle:ExperimentAlpha lies between 0 and 1.")
            .Validate(options => options.MinimumSampleSize >= 1, "Lifecycle:MinimumSampleSize is at least 1.")
            .ValidateOnStart();
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddScoped<IRequirementRepository, RequirementRepository>();
        services.AddScoped<IReleaseRepository, ReleaseRepository>();
        services.AddScoped<IFeedbackRepository, FeedbackRepository>();
        services.AddScoped<IExperimentRepository, ExperimentRepository>();
        services.AddScoped<IProductMetricsRepository, ProductMetricsRepository>();
        services.AddScoped<DeclineWatch>();
    }
}
