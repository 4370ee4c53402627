using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Overseas.Application;
using OpsPlan.Modules.Overseas.Application.Markets.TransitionMarketStage;
using OpsPlan.Modules.Overseas.Contracts.Markets;
using OpsPlan.Modules.Overseas.Domain.Assessments;
using OpsPlan.Modules.Overseas.Domain.Compliance;
using OpsPlan.Modules.Overseas.Domain.Localization;
using OpsPlan.Modules.Overseas.Domain.Markets;
using OpsPlan.Modules.Overseas.Infrastructure.Persistence;

namespace OpsPlan.Modules.Overseas;

/// <summary>
/// Markets abroad through their stages, weighted assessments and the ranking, localization readiness, compliance items
/// and the launch gate. Its tables live in the <c>overseas</c> schema.
/// </summary>
public sealed class OverseasModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("overseas", typeof(OverseasModule).Assembly, typeof(MarketDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OverseasOptions>().Bind(configuration.GetSection(OverseasOptions.Section))
            .Validate(options => options.LaunchReadinessPercent is >= 0 and <= 100, "Overseas:LaunchReadinessPercent lies between 0 and 100.")
            .Validate(options => options.AssessmentWeights.ByFactor().Values.All(weight => weight is >= 1 and <= 100), "Overseas:AssessmentWeights are each 1-100.")
            .Validate(options => options.AssessmentWeights.ByFactor().Values.Sum() == 100, "Overseas:AssessmentWeights sum to 100.")
            .ValidateOnStart();
        services.AddScoped<IMarketRepository, MarketRepository>();
        services.AddScoped<IAssessmentRepository, AssessmentRepository>();
        services.AddScoped<ILocalizationTaskRepository, LocalizationTaskRepository>();
        services.AddScoped<IComplianceItemRepository, ComplianceItemRepository>();
        services.AddScoped<LaunchGate>();
    }
}
