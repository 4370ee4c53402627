using OpsPlan.BuildingBlocks.Application.Security;

namespace OpsPlan.Modules.Partners.Application;

/// <summary>
/// Least privilege for a partner's own integration key (seed ch.14, 最小權限原則): it sees its own partner and nothing
/// else. Another partner's record is not forbidden but absent — a 404, so the key cannot even learn that it exists.
/// </summary>
internal static class PartnerScope
{
    /// <summary>Counts the partner <c>@PartnerId</c>: the parent of every nested list must exist.</summary>
    public const string PartnerExistsSql = "SELECT COUNT(*) FROM partners.partners WHERE id = @PartnerId";

    public static void EnsureVisible(this ICurrentUser user, Guid partnerId)
    {
        if (user.PartnerId is { } scope && scope != partnerId)
        {
            throw new NotFoundException("Partner", partnerId);
        }
    }
}
