using System.Security.Claims;

namespace OpsPlan.Api.Protection;

/// <summary>Who a request counts against for rate limiting: the authenticated subject, else the caller's address.</summary>
internal static class ClientPartition
{
    public static string KeyOf(HttpContext context) =>
        context.User.FindFirstValue("sub") is { } subject
            ? "user:" + subject
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
