using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Integrations.Application;
using OpsPlan.Modules.Integrations.Application.Delivery;
using OpsPlan.Modules.Integrations.Application.Feed.RecordPublishedEvents;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;
using OpsPlan.Modules.Integrations.Domain.Feed;
using OpsPlan.Modules.Integrations.Domain.Webhooks;
using OpsPlan.Modules.Integrations.Infrastructure.Delivery;
using OpsPlan.Modules.Integrations.Infrastructure.Persistence;

namespace OpsPlan.Modules.Integrations;

/// <summary>
/// What leaves the system: the feed of every published integration event, and webhook subscriptions with their signed
/// deliveries. Its tables live in the <c>integrations</c> schema.
/// </summary>
public sealed class IntegrationsModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("integrations", typeof(IntegrationsModule).Assembly, typeof(WebhookSubscriptionDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WebhooksOptions.Section);
        services.AddOptions<WebhooksOptions>().Bind(section)
            .Validate(options => options.Rounds >= 1 && options.RetriesPerRound >= 0 && options.DisableAfterFailures >= 1, "Webhooks: Rounds and DisableAfterFailures are at least 1.")
            .Validate(options => options.AttemptTimeout > TimeSpan.Zero && options.PollInterval > TimeSpan.Zero, "Webhooks: AttemptTimeout and PollInterval are positive.")
            .Validate(options => options.BreakFailureRatio is > 0 and <= 1 && options.BreakMinimumThroughput >= 2, "Webhooks: BreakFailureRatio in (0, 1], BreakMinimumThroughput ≥ 2.")
            .ValidateOnStart();
        services.AddScoped<IPublishedEventStore, PublishedEventStore>();
        services.AddScoped<IWebhookSubscriptionRepository, WebhookSubscriptionRepository>();
        services.AddScoped<IWebhookDeliveryRepository, WebhookDeliveryRepository>();
        services.AddScoped<IPublishedEventObserver, PublishedEventObserver>();
        services.AddSingleton<IWebhookSender, WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        if (section.GetValue(nameof(WebhooksOptions.DeliveryEnabled), true))
        {
            services.AddHostedService<WebhookDeliveryService>();
        }
    }
}
