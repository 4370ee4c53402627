using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace OpsPlan.BuildingBlocks.Application.Caching;

/// <summary>
/// The results of <see cref="ICachedQuery"/> views, keyed by the query and its module's write generation: every
/// commit in a module moves its generation on, so the next read recomputes.
/// </summary>
public sealed class QueryCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    // Bounded: filters such as an owner are free text, so the number of distinct queries is not.
    private readonly MemoryCache _results = ClockedMemoryCache.Create(time, sizeLimit: 2_000);
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<object, object> _inFlight = new();

    internal long GenerationOf(string module) => _generations.GetValueOrDefault(module);

    internal void WriteCommitted(string module) => _generations.AddOrUpdate(module, 1, (_, generation) => generation + 1);

    internal bool TryGet<TResult>(object key, out TResult? result) => _results.TryGetValue(key, out result);

    /// <summary>
    /// The computation of <paramref name="key"/> already running, or <paramref name="compute"/> started now: callers
    /// that miss together wait for one computation instead of each grouping the table.
    /// </summary>
    internal Task<TResult> JoinAsync<TResult>(object key, Func<Task<TResult>> compute)
    {
        var computation = (Lazy<Task<TResult>>)_inFlight.GetOrAdd(key, _ => new Lazy<Task<TResult>>(() => ComputeAsync(key, compute)));
        return computation.Value;
    }

    private async Task<TResult> ComputeAsync<TResult>(object key, Func<Task<TResult>> compute)
    {
        try
        {
            var result = await compute();
            _results.Set(key, result, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
            return result;
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    public void Dispose() => _results.Dispose();
}
