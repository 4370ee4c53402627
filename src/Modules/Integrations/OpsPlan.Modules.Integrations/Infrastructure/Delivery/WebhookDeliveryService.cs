using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Integrations.Application;

namespace OpsPlan.Modules.Integrations.Infrastructure.Delivery;

/// <summary>Runs the webhook dispatcher on a timer; a failed pass is logged and the next tick tries again.</summary>
internal sealed class WebhookDeliveryService(WebhookDispatcher dispatcher, IOptions<WebhooksOptions> options, ILogger<WebhookDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await dispatcher.ProcessDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Delivering webhooks failed; trying again in {Interval}", options.Value.PollInterval);
            }
        }
    }
}
