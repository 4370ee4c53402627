using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>Runs the relay on a timer; when the database is unreachable it backs off instead of spinning.</summary>
internal sealed class OutboxRelayService(OutboxRelay relay, OutboxOptions options, ILogger<OutboxRelayService> logger) : BackgroundService
{
    private readonly ResiliencePipeline _backOff = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(exception => exception is not OperationCanceledException),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromMinutes(1),
            UseJitter = true,
            OnRetry = arguments =>
            {
                logger.LogError(arguments.Outcome.Exception, "The outbox relay failed; retrying in {Delay}", arguments.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        do
        {
            await _backOff.ExecuteAsync(async token => await relay.ProcessPendingAsync(token), stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
