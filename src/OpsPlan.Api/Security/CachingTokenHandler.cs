using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OpsPlan.Api.Security;

/// <summary>
/// Validates a bearer token once, then answers its next requests from memory until it expires (at most five
/// minutes): a console sends the same token on every call, and checking its signature and claims each time was a
/// sixth of a read's CPU. Only valid tokens are kept; each request gets its own copy of the identity.
/// </summary>
internal sealed class CachingTokenHandler : JsonWebTokenHandler, IDisposable
{
    private static readonly TimeSpan LongestReuse = TimeSpan.FromMinutes(5);
    private readonly MemoryCache _validated = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_validated.TryGetValue(token, out TokenValidationResult? known) && known!.SecurityToken.ValidTo > DateTime.UtcNow)
        {
            return Copy(known);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            var until = new DateTimeOffset(DateTime.SpecifyKind(result.SecurityToken.ValidTo, DateTimeKind.Utc));
            var longest = DateTimeOffset.UtcNow.Add(LongestReuse);
            _validated.Set(token, result, new MemoryCacheEntryOptions { AbsoluteExpiration = until < longest ? until : longest, Size = 1 });
        }

        return result.IsValid ? Copy(result) : result;
    }

    public void Dispose() => _validated.Dispose();

    private static TokenValidationResult Copy(TokenValidationResult result) => new()
    {
        IsValid = true,
        SecurityToken = result.SecurityToken,
        ClaimsIdentity = result.ClaimsIdentity.Clone(),
        Issuer = result.Issuer,
        TokenType = result.TokenType,
    };
}
