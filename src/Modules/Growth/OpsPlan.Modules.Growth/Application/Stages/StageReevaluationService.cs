using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Stages;

/// <summary>Re-evaluates lifecycle stages on a timer, so a customer who goes quiet becomes at-risk and then churned without any write.</summary>
internal sealed class StageReevaluationService(IServiceScopeFactory scopes, IOptions<GrowthOptions> options, TimeProvider time, ILogger<StageReevaluationService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.StageReevaluationInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<IDispatcher>().SendAsync(new ReevaluateStagesCommand(), stoppingToken);
                logger.LogInformation("Lifecycle stages re-evaluated: {Changed} changed", result.Changed);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; a failed pass changed nothing (one transaction).
                logger.LogError(exception, "Lifecycle stage re-evaluation failed");
            }
        }
    }
}
