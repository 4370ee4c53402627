using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpsPlan.Modules.Growth.Application;

/// <summary>Sends <typeparamref name="TCommand"/> on a timer, each time in a scope of its own; a failed pass is logged and retried on the next tick.</summary>
internal abstract class PeriodicCommandService<TCommand, TResult>(IServiceScopeFactory scopes, TimeSpan interval, TimeProvider time, ILogger logger) : BackgroundService
    where TCommand : ICommand<TResult>, new()
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<IDispatcher>().SendAsync(new TCommand(), stoppingToken);
                Report(logger, result);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The command is one transaction: a failed pass changed nothing.
                logger.LogError(exception, "{Command} failed", typeof(TCommand).Name);
            }
        }
    }

    protected abstract void Report(ILogger logger, TResult result);
}
