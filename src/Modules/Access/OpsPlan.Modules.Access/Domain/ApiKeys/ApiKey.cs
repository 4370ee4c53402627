using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OpsPlan.Modules.Access.Domain.ApiKeys;

/// <summary>
/// An integrator's key. The secret is 256 random bits, so a plain SHA-256 of it is enough to store: there is nothing
/// to guess, and a fast hash keeps the per-request check cheap.
/// </summary>
internal sealed class ApiKey
{
    private const string KeyPrefix = "opk_";

    private ApiKey(Guid id, string name, IReadOnlyList<string> roles, Guid? partnerId, string prefix, string hash, DateTime createdAt, string createdBy, DateTime? revokedAt)
    {
        Id = id;
        Name = name;
        Roles = roles;
        PartnerId = partnerId;
        Prefix = prefix;
        Hash = hash;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        RevokedAt = revokedAt;
    }

    public Guid Id { get; }

    public string Name { get; }

    public IReadOnlyList<string> Roles { get; }

    /// <summary>The partner a partner's own key is scoped to; null for every other key.</summary>
    public Guid? PartnerId { get; }

    public string Prefix { get; }

    public string Hash { get; }

    public DateTime CreatedAt { get; }

    public string CreatedBy { get; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>A new key and its secret, which exists only in this return value.</summary>
    public static (ApiKey ApiKey, string Secret) Issue(string name, IReadOnlyList<string> roles, Guid? partnerId, string createdBy, DateTime now)
    {
        var secret = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (new ApiKey(Ids.New(), name, roles, partnerId, secret[..12], HashOf(secret), now, createdBy, null), secret);
    }

    public static ApiKey Restore(Guid id, string name, IReadOnlyList<string> roles, Guid? partnerId, string prefix, string hash, DateTime createdAt, string createdBy,
        DateTime? revokedAt) => new(id, name, roles, partnerId, prefix, hash, createdAt, createdBy, revokedAt);

    public static string HashOf(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public void Revoke(DateTime now)
    {
        if (RevokedAt is not null)
        {
            throw new BusinessRuleException("access.key-revoked", "This key is already revoked.");
        }

        RevokedAt = now;
    }
}
