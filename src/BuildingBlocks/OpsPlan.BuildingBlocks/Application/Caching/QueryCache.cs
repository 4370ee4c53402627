using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace OpsPlan.BuildingBlocks.Application.Caching;

/// <summary>
/// The results of <see cref="ICachedQuery"/> views, keyed by the query and its module's write generation: every
/// commit in a module moves its generation on, so the next read recomputes.
/// </summary>
public sealed class QueryCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    // Bounded: filters such as an owner are free text, so the number of distinct queries is not.
    private readonly MemoryCache _results = new(new MemoryCacheOptions { SizeLimit = 2_000 });
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    internal long GenerationOf(string module) => _generations.GetValueOrDefault(module);

    internal void WriteCommitted(string module) => _generations.AddOrUpdate(module, 1, (_, generation) => generation + 1);

    internal bool TryGet<TResult>(object key, out TResult? result) => _results.TryGetValue(key, out result);

    internal void Set<TResult>(object key, TResult result) =>
        _results.Set(key, result, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });

    public void Dispose() => _results.Dispose();
}
