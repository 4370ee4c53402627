using System.Security.Claims;
using OpsPlan.BuildingBlocks.Application.Security;

namespace OpsPlan.Api.Security;

/// <summary>The caller of the current request; background work (no request) acts as "system".</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    /// <summary>The claim a partner-scoped API key carries its partner's id in.</summary>
    public const string PartnerClaim = "partner_id";

    public string Id =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
            ? user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "unknown"
            : "system";

    public Guid? PartnerId =>
        accessor.HttpContext?.User.FindFirstValue(PartnerClaim) is { } claim && Guid.TryParse(claim, out var partnerId) ? partnerId : null;
}
