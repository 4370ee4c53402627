using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OpsPlan.Api.Security;

/// <summary>Signs tokens with the configured key: used by the <c>token</c> command for QA and by the tests.</summary>
public sealed class TokenIssuer(AuthOptions options)
{
    public string Issue(string subject, IEnumerable<string> roles, TimeSpan lifetime)
    {
        var claims = new Dictionary<string, object> { ["role"] = roles.ToArray() };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject), new Claim(JwtRegisteredClaimNames.Name, subject)]),
            Claims = claims,
            Expires = DateTime.UtcNow + lifetime,
            SigningCredentials = new SigningCredentials(options.Key(), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
