using MediatR;
using OpsPlan.BuildingBlocks.Application.Caching;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.BuildingBlocks.Application.Behaviours;

/// <summary>
/// Serves a repeated <see cref="ICachedQuery"/> from <see cref="QueryCache"/>: dashboards ask for the same heat map or
/// summary many times between two writes, and each answer groups a whole table.
/// </summary>
internal sealed class QueryCacheBehaviour<TRequest, TResponse>(QueryCache cache, ModuleCatalog catalog) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICachedQuery
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // The generation is read before computing: a write committed meanwhile makes this result unreachable at once.
        var key = (request, GenerationOf(request));
        if (cache.TryGet<TResponse>(key, out var cached))
        {
            return cached!;
        }

        try
        {
            return await cache.JoinAsync(key, () => next(), request.FreshFor);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The caller whose request started the shared computation went away; this one still wants its answer.
            return await next();
        }
    }

    // Generations only grow, so their sum changes whenever any one of them does.
    private long GenerationOf(TRequest request) => request is ICachedAcrossModulesQuery composed
        ? composed.SourceModules.Sum(cache.GenerationOf)
        : cache.GenerationOf(catalog.ModuleOf(typeof(TRequest)).Name);
}
