using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Application.Scheduling;

/// <summary>
/// Sends <typeparamref name="TCommand"/> on a timer, each time in a scope of its own, when <see cref="AnythingDueAsync"/>
/// says there is work: a pass with nothing to do would still commit, add an audit entry and empty the module's view cache.
/// A failed pass is logged and retried on the next tick.
/// </summary>
public abstract class PeriodicCommandService<TCommand, TResult>(IServiceScopeFactory scopes, TimeSpan interval, TimeProvider time, ILogger logger) : BackgroundService
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
                if (!await AnythingDueAsync(scope.ServiceProvider, stoppingToken))
                {
                    continue;
                }

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

    protected abstract Task<bool> AnythingDueAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected abstract void Report(ILogger logger, TResult result);

    /// <summary>Whether <paramref name="countSql"/> (a count with <c>@Now</c> and <c>@Today</c>) finds anything due at the clock's now.</summary>
    protected static async Task<bool> AnyAsync(IServiceProvider services, string countSql, CancellationToken cancellationToken)
    {
        var connectionFactory = services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var now = services.GetRequiredService<IClock>().UtcNow;
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, new { Now = now, Today = DateOnly.FromDateTime(now) },
            cancellationToken: cancellationToken)) > 0;
    }
}
