using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace OpsPlan.Api.Security;

/// <summary>
/// What a signed, unexpired token must also be before it names a caller: a <c>sub</c> that is a person or service
/// (not empty, not an API key's <c>apikey:</c> subject, short enough for the audit trail), and no <c>crit</c> header,
/// whose extensions this API does not implement (RFC 7515 §4.1.11 says refuse then).
/// </summary>
internal static class TokenRules
{
    public const int MaxSubjectLength = 200;
    public const string ApiKeySubjectPrefix = "apikey:";

    /// <summary>Null when the token may be used; otherwise why not.</summary>
    public static string? Refusal(string authorization, ClaimsIdentity identity)
    {
        var subject = identity.FindFirst("sub")?.Value;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return "The token names no subject (sub).";
        }

        if (subject.Length > MaxSubjectLength || subject.StartsWith(ApiKeySubjectPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return "The token's subject is not one a person or service may have.";
        }

        var raw = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : authorization;
        return new JsonWebToken(raw).TryGetHeaderValue<object>("crit", out _) ? "The token has critical header extensions this API does not implement." : null;
    }
}
