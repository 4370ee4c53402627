using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Api.Security;

/// <summary>Authenticates integrators by <c>X-Api-Key</c>; the key itself is never logged or kept beyond the lookup.</summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IDispatcher dispatcher)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await dispatcher.QueryAsync(new AuthenticateApiKeyQuery(values.ToString()), Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        Claim[] claims =
        [
            new("sub", TokenRules.ApiKeySubjectPrefix + identity.Id), new("name", identity.Name), .. identity.Roles.Select(role => new Claim("role", role)),
            .. identity.PartnerId is { } partnerId ? [new Claim(HttpCurrentUser.PartnerClaim, partnerId.ToString("D"))] : Array.Empty<Claim>(),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, "sub", "role"));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
