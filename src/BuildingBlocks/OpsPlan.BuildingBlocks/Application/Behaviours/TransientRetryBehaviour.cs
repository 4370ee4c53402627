using MediatR;
using OpsPlan.BuildingBlocks.Persistence;
using Polly;

namespace OpsPlan.BuildingBlocks.Application.Behaviours;

/// <summary>
/// Retries the whole request when the database reports a transient fault (SQLite busy, a SQL Server deadlock or
/// failover). Safe because a command's transaction was rolled back before the retry starts.
/// </summary>
internal sealed class TransientRetryBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ResiliencePipeline Pipeline = TransientDatabaseFaults.CreateRetryPipeline();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        Pipeline.ExecuteAsync(static (handler, _) => new ValueTask<TResponse>(handler()), next, cancellationToken).AsTask();
}
