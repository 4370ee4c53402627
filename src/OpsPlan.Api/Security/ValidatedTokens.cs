using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Api.Security;

/// <summary>
/// Bearer tokens that passed validation, keyed by the Authorization header that carried them, kept until the token
/// expires and at most five minutes. Each caller gets its own copy of the identity.
/// </summary>
internal sealed class ValidatedTokens(TimeProvider time) : IDisposable
{
    private static readonly TimeSpan LongestReuse = TimeSpan.FromMinutes(5);
    private readonly MemoryCache _identities = ClockedMemoryCache.Create(time, sizeLimit: 10_000);

    public bool TryGet(string authorization, out ClaimsIdentity identity)
    {
        if (_identities.TryGetValue(authorization, out Entry? entry) && entry!.ValidUntil > time.GetUtcNow())
        {
            identity = entry.Identity.Clone();
            return true;
        }

        identity = null!;
        return false;
    }

    public void Remember(string authorization, ClaimsIdentity identity, DateTimeOffset expires)
    {
        var longest = time.GetUtcNow().Add(LongestReuse);
        var until = expires < longest ? expires : longest;
        _identities.Set(authorization, new Entry(identity.Clone(), until), new MemoryCacheEntryOptions { AbsoluteExpiration = until, Size = 1 });
    }

    public void Dispose() => _identities.Dispose();

    private sealed record Entry(ClaimsIdentity Identity, DateTimeOffset ValidUntil);
}
