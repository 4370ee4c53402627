using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace OpsPlan.BuildingBlocks.Application.Behaviours;

/// <summary>Outermost: one log line per request with its name, outcome and duration (never its body, which may hold secrets).</summary>
internal sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            RequestLog.Succeeded(logger, typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            RequestLog.Failed(logger, typeof(TRequest).Name, exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
