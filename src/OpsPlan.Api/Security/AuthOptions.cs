using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace OpsPlan.Api.Security;

/// <summary>The "Auth" configuration section: JWT bearer tokens signed with HS256.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";
    public const int MinimumKeyBytes = 32;

    public string Issuer { get; set; } = "opsplan";

    public string Audience { get; set; } = "opsplan-api";

    public string? SigningKey { get; set; }

    public SymmetricSecurityKey Key()
    {
        if (SigningKey is null || Encoding.UTF8.GetByteCount(SigningKey) < MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"Auth:SigningKey must be set to a secret of at least {MinimumKeyBytes} bytes (environment variable Auth__SigningKey).");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
    }
}
