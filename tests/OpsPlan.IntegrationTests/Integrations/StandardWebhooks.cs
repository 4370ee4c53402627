using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpsPlan.IntegrationTests.Integrations;

/// <summary>
/// The Standard Webhooks specification's reference verification, written from the specification rather than from the
/// sender's code: the signed content is <c>id.timestamp.body</c>, the key the secret's base64 after <c>whsec_</c>, each
/// signature in the header <c>v1,</c> + base64 HMAC-SHA256, and a timestamp more than five minutes off is refused.
/// </summary>
public static class StandardWebhooks
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static bool Verify(string secret, ReceivedWebhook webhook, DateTimeOffset now) => Verify(secret, webhook.Id, webhook.Timestamp, webhook.Signature, webhook.Body, now);

    public static bool Verify(string secret, string id, string timestamp, string signatureHeader, string body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
        {
            return false;
        }

        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(signature => signature.StartsWith("v1,", StringComparison.Ordinal))
            .Select(signature => TryDecode(signature[3..]))
            .Any(signature => signature is not null && CryptographicOperations.FixedTimeEquals(signature, expected));
    }

    private static byte[]? TryDecode(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
