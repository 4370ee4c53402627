using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Partners.Application;
using OpsPlan.Modules.Partners.Application.Agreements;
using OpsPlan.Modules.Partners.Contracts.Partners;
using OpsPlan.Modules.Partners.Domain.Agreements;
using OpsPlan.Modules.Partners.Domain.DueDiligence;
using OpsPlan.Modules.Partners.Domain.Partners;
using OpsPlan.Modules.Partners.Domain.Scorecards;
using OpsPlan.Modules.Partners.Infrastructure.Persistence;

namespace OpsPlan.Modules.Partners;

/// <summary>Partners with due diligence, agreements with SLA targets, measured SLAs, scorecards and partner-scoped access. Its tables live in the <c>partners</c> schema.</summary>
public sealed class PartnersModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("partners", typeof(PartnersModule).Assembly, typeof(PartnerDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PartnersOptions>().Bind(configuration.GetSection(PartnersOptions.Section))
            .Validate(options => options.ScorecardWeights.ToCriteria().Sum == 100, "Partners:ScorecardWeights sum to 100.")
            .Validate(options => options.ExpiringSweepInterval >= TimeSpan.FromSeconds(1), "Partners:ExpiringSweepInterval is at least a second.")
            .ValidateOnStart();
        services.AddScoped<IPartnerRepository, PartnerRepository>();
        services.AddScoped<IDueDiligenceRepository, DueDiligenceRepository>();
        services.AddScoped<IAgreementRepository, AgreementRepository>();
        services.AddScoped<IScorecardRepository, ScorecardRepository>();
        services.AddHostedService<AgreementExpiryService>();
    }
}
