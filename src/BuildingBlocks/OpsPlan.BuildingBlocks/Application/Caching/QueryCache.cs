using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace OpsPlan.BuildingBlocks.Application.Caching;

/// <summary>
/// The results of <see cref="ICachedQuery"/> views, keyed by the query and its module's write generation: every
/// commit in a module moves its generation on, so the next read recomputes. An entry is fresh for
/// <see cref="Lifetime"/>; after that, while no write has happened, a caller who arrives within <see cref="StaleFor"/>
/// recomputes it and every caller who arrives while that runs gets the stale result, however long the recomputation
/// takes, so a busy view never makes all its readers wait at once.
/// </summary>
public sealed class QueryCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan StaleFor = TimeSpan.FromSeconds(10);

    // Bounded: filters such as an owner are free text, so the number of distinct queries is not.
    private readonly MemoryCache _results = ClockedMemoryCache.Create(time, sizeLimit: 2_000);
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<object, object> _inFlight = new();

    internal long GenerationOf(string module) => _generations.GetValueOrDefault(module);

    internal void WriteCommitted(string module) => _generations.AddOrUpdate(module, 1, (_, generation) => generation + 1);

    /// <summary>
    /// The stored result of <paramref name="key"/> when it is fresh, or when it is stale and another caller is already
    /// recomputing it; otherwise false, and the caller computes (or joins the computation) with <see cref="JoinAsync"/>.
    /// </summary>
    internal bool TryGet<TResult>(object key, out TResult? result)
    {
        if (_results.TryGetValue(key, out Entry<TResult>? entry) && time.GetUtcNow() < entry!.FreshUntil)
        {
            result = entry.Result;
            return true;
        }

        if (_inFlight.TryGetValue(key, out var running) && running is Recomputation<TResult> { Stale: { } stale })
        {
            result = stale.Result;
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>
    /// The computation of <paramref name="key"/> already running, or <paramref name="compute"/> started now: callers
    /// that miss together wait for one computation instead of each grouping the table. The result is fresh for
    /// <paramref name="freshFor"/> (<see cref="Lifetime"/> unless the query says otherwise).
    /// </summary>
    internal Task<TResult> JoinAsync<TResult>(object key, Func<Task<TResult>> compute, TimeSpan? freshFor = null)
    {
        // Started on the thread pool, not inside Lazy.Value: SQLite answers synchronously, so computing here would hold
        // the Lazy's lock for the whole computation and block, not await, every caller that joins it — on two cores a
        // few such callers starve the thread pool and stall every request for seconds. The stale entry is held by the
        // recomputation, not left to the cache: under load a recomputation can outlast the entry's stale window, and
        // every caller would then wait for it.
        var computation = (Recomputation<TResult>)_inFlight.GetOrAdd(key, _ => new Recomputation<TResult>(
            _results.TryGetValue(key, out Entry<TResult>? stale) ? stale : null,
            new Lazy<Task<TResult>>(() => Task.Run(() => ComputeAsync(key, compute, freshFor ?? Lifetime)))));
        return computation.Result.Value;
    }

    private async Task<TResult> ComputeAsync<TResult>(object key, Func<Task<TResult>> compute, TimeSpan freshFor)
    {
        try
        {
            var result = await compute();
            var entry = new Entry<TResult>(result, time.GetUtcNow() + freshFor);
            _results.Set(key, entry, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = freshFor + StaleFor, Size = 1 });
            return result;
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    public void Dispose() => _results.Dispose();

    private sealed record Entry<TResult>(TResult Result, DateTimeOffset FreshUntil);

    private sealed record Recomputation<TResult>(Entry<TResult>? Stale, Lazy<Task<TResult>> Result);
}
