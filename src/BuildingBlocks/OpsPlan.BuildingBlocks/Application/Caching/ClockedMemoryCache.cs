using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;

namespace OpsPlan.BuildingBlocks.Application.Caching;

/// <summary>
/// A <see cref="MemoryCache"/> whose expirations follow the given <see cref="TimeProvider"/>. A plain one expires by
/// the machine's clock, so code that mixes the two (a validity checked by one clock, an expiry kept by the other)
/// behaves differently on another day.
/// </summary>
public static class ClockedMemoryCache
{
    public static MemoryCache Create(TimeProvider time, long sizeLimit) =>
        new(new MemoryCacheOptions { SizeLimit = sizeLimit, Clock = new TimeProviderClock(time) });

    private sealed class TimeProviderClock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
