namespace OpsPlan.Api.Http;

/// <summary>Responses that carry a secret shown once (an API key, a webhook signing secret).</summary>
internal static class SecretResponses
{
    /// <summary>A secret beside text the caller chose (a name, a URL) must not be compressed: its size would leak it (BREACH).</summary>
    public static void DoNotCompress(HttpContext context)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = Microsoft.AspNetCore.Http.Features.HttpsCompressionMode.DoNotCompress;
        }
    }
}
