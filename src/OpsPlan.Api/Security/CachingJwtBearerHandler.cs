using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace OpsPlan.Api.Security;

/// <summary>
/// JWT bearer authentication that validates a token once and answers its next requests from
/// <see cref="ValidatedTokens"/>: a console sends the same token on every call, and the full path (validation
/// parameters, events, signature, claims, properties) was the largest part of a read's overhead. A token not seen
/// before, or expired, goes through the standard handler and <see cref="TokenRules"/>, and is remembered only if it passes.
/// </summary>
internal sealed class CachingJwtBearerHandler(IOptionsMonitor<JwtBearerOptions> options, ILoggerFactory logger, UrlEncoder encoder, ValidatedTokens tokens)
    : JwtBearerHandler(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        return authorization.Length > 0 && tokens.TryGet(authorization, out var identity)
            ? Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)))
            : ValidateAndRememberAsync(authorization);
    }

    private async Task<AuthenticateResult> ValidateAndRememberAsync(string authorization)
    {
        var result = await base.HandleAuthenticateAsync();
        if (!result.Succeeded || result.Principal.Identity is not ClaimsIdentity identity)
        {
            return result;
        }

        if (TokenRules.Refusal(authorization, identity) is { } refusal)
        {
            return AuthenticateResult.Fail(refusal);
        }

        if (result.Properties.ExpiresUtc is { } expires)
        {
            tokens.Remember(authorization, identity, expires);
        }

        return result;
    }
}
