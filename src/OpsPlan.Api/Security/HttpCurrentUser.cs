using System.Security.Claims;
using OpsPlan.BuildingBlocks.Application.Security;

namespace OpsPlan.Api.Security;

/// <summary>The caller of the current request; background work (no request) acts as "system".</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Id =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
            ? user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "unknown"
            : "system";
}
