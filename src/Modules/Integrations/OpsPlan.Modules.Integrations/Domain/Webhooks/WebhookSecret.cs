using System.Security.Cryptography;
using System.Text;

namespace OpsPlan.Modules.Integrations.Domain.Webhooks;

/// <summary>
/// Standard Webhooks signing: a secret is <c>whsec_</c> + base64 of 32 random bytes; a signature is <c>v1,</c> + base64
/// HMAC-SHA256, keyed with the secret's decoded bytes, of <c>{webhook-id}.{webhook-timestamp}.{body}</c>. Several
/// signatures (during a rotation) go in one header, separated by spaces.
/// </summary>
internal static class WebhookSecret
{
    private const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[Prefix.Length..]);
        var signature = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(signature);
    }

    public static string Header(IEnumerable<string> secrets, string id, long timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => Sign(secret, id, timestamp, body)));
}
