using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Growth.Application;
using OpsPlan.Modules.Growth.Application.Campaigns;
using OpsPlan.Modules.Growth.Application.Customers;
using OpsPlan.Modules.Growth.Application.Points;
using OpsPlan.Modules.Growth.Application.Referrals;
using OpsPlan.Modules.Growth.Application.Segments;
using OpsPlan.Modules.Growth.Application.Stages;
using OpsPlan.Modules.Growth.Contracts.Customers;
using OpsPlan.Modules.Growth.Domain.Activity;
using OpsPlan.Modules.Growth.Domain.Campaigns;
using OpsPlan.Modules.Growth.Domain.Channels;
using OpsPlan.Modules.Growth.Domain.Customers;
using OpsPlan.Modules.Growth.Domain.Points;
using OpsPlan.Modules.Growth.Domain.Referrals;
using OpsPlan.Modules.Growth.Domain.Segments;
using OpsPlan.Modules.Growth.Infrastructure.Persistence;

namespace OpsPlan.Modules.Growth;

/// <summary>Customers synced from the CRM, their activity, lifecycle stages and value, segments, the growth KPIs, acquisition channels, campaigns, referrals and loyalty points. Its tables live in the <c>growth</c> schema.</summary>
public sealed class GrowthModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("growth", typeof(GrowthModule).Assembly, typeof(CustomerDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GrowthOptions>().Bind(configuration.GetSection(GrowthOptions.Section))
            .Validate(options => Money.IsCurrencyCode(options.Currency), "Growth:Currency: " + Currencies.Explanation)
            .Validate(options => options.NewCustomerDays is >= 1 and <= 3650, "Growth:NewCustomerDays is from 1 to 3650.")
            .Validate(options => options.AtRiskAfterDays is >= 1 and <= 3650, "Growth:AtRiskAfterDays is from 1 to 3650.")
            .Validate(options => options.ChurnedAfterDays > options.AtRiskAfterDays && options.ChurnedAfterDays <= 3650,
                "Growth:ChurnedAfterDays is more than AtRiskAfterDays, at most 3650.")
            .Validate(options => options.StageReevaluationInterval >= TimeSpan.FromSeconds(1), "Growth:StageReevaluationInterval is at least a second.")
            .Validate(options => options.CampaignScheduleInterval >= TimeSpan.FromSeconds(1), "Growth:CampaignScheduleInterval is at least a second.")
            .ValidateOnStart();
        services.AddScoped<ICustomerRepository, CustomerRepository>();
        services.AddScoped<IActivityRepository, ActivityRepository>();
        services.AddScoped<ISegmentRepository, SegmentRepository>();
        services.AddScoped<IChannelRepository, ChannelRepository>();
        services.AddScoped<ICampaignRepository, CampaignRepository>();
        services.AddScoped<IReferralRepository, ReferralRepository>();
        services.AddScoped<IPointsRepository, PointsRepository>();
        services.AddScoped<CustomerBook>();
        services.AddScoped<CampaignBook>();
        services.AddScoped<CampaignConversions>();
        services.AddScoped<ReferralDesk>();
        services.AddScoped<PointsLedger>();
        services.AddScoped<CustomerReader>();
        services.AddScoped<SegmentReader>();
        services.AddHostedService<StageReevaluationService>();
        services.AddHostedService<CampaignScheduleService>();
    }
}
