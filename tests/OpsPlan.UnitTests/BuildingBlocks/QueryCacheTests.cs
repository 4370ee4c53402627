using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.UnitTests.BuildingBlocks;

/// <summary>
/// A fresh entry is served; an expired one is served only to callers who arrive while another recomputes it, so a
/// busy view never sends all its readers to the database at once; past its stale window it is gone.
/// </summary>
public sealed class QueryCacheTests
{
    private const string Key = "summary";

    private readonly MovableTime _time = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task A_fresh_entry_is_served_and_an_expired_one_is_recomputed_by_the_first_caller()
    {
        using var cache = new QueryCache(_time);
        await cache.JoinAsync(Key, () => Task.FromResult(1));

        Assert.That(cache.TryGet<int>(Key, out var fresh) ? fresh : -1, Is.EqualTo(1));

        _time.Advance(QueryCache.Lifetime);
        Assert.That(cache.TryGet<int>(Key, out _), Is.False, "nobody is recomputing: the first caller after expiry computes");
    }

    [Test]
    public async Task While_one_caller_recomputes_an_expired_entry_the_others_get_the_stale_result_at_once()
    {
        using var cache = new QueryCache(_time);
        await cache.JoinAsync(Key, () => Task.FromResult(1));
        _time.Advance(QueryCache.Lifetime);

        var recomputation = new TaskCompletionSource<int>();
        var refresh = cache.JoinAsync(Key, () => recomputation.Task);

        Assert.That(cache.TryGet<int>(Key, out var stale) ? stale : -1, Is.EqualTo(1));

        recomputation.SetResult(2);
        Assert.That(await refresh, Is.EqualTo(2));
        Assert.That(cache.TryGet<int>(Key, out var refreshed) ? refreshed : -1, Is.EqualTo(2));
    }

    [Test]
    public async Task A_recomputation_that_outlasts_the_stale_window_keeps_serving_the_stale_result_until_it_ends()
    {
        using var cache = new QueryCache(_time);
        await cache.JoinAsync(Key, () => Task.FromResult(1));
        _time.Advance(QueryCache.Lifetime);
        var recomputation = new TaskCompletionSource<int>();
        var refresh = cache.JoinAsync(Key, () => recomputation.Task);

        _time.Advance(QueryCache.StaleFor + TimeSpan.FromMinutes(1));

        Assert.That(cache.TryGet<int>(Key, out var stale) ? stale : -1, Is.EqualTo(1), "a slow recomputation under load must not send every caller to wait");
        recomputation.SetResult(2);
        await refresh;
        Assert.That(cache.TryGet<int>(Key, out var refreshed) ? refreshed : -1, Is.EqualTo(2));
    }

    [Test]
    public async Task An_entry_older_than_its_stale_window_is_never_served()
    {
        using var cache = new QueryCache(_time);
        await cache.JoinAsync(Key, () => Task.FromResult(1));
        _time.Advance(QueryCache.Lifetime + QueryCache.StaleFor);

        var recomputation = new TaskCompletionSource<int>();
        var refresh = cache.JoinAsync(Key, () => recomputation.Task);

        Assert.That(cache.TryGet<int>(Key, out _), Is.False, "callers wait for the recomputation");
        recomputation.SetResult(2);
        await refresh;
    }

    [Test]
    public async Task A_query_may_stand_longer_than_the_default_lifetime()
    {
        using var cache = new QueryCache(_time);
        await cache.JoinAsync(Key, () => Task.FromResult(1), TimeSpan.FromSeconds(30));

        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.That(cache.TryGet<int>(Key, out var fresh) ? fresh : -1, Is.EqualTo(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(cache.TryGet<int>(Key, out _), Is.False);
    }

    private sealed class MovableTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
