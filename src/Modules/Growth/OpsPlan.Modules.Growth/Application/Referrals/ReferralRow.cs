using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals;

/// <summary>A row of <c>growth.referrals</c>.</summary>
internal sealed class ReferralRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, program_id AS ProgramId, code AS Code, referrer_id AS ReferrerId, invitee_id AS InviteeId, status AS Status,
               redeemed_at AS RedeemedAt, rewarded_at AS RewardedAt
        FROM growth.referrals
        """;

    public Guid Id { get; init; }

    public Guid ProgramId { get; init; }

    public string Code { get; init; } = "";

    public Guid ReferrerId { get; init; }

    public Guid InviteeId { get; init; }

    public string Status { get; init; } = "";

    public DateTime RedeemedAt { get; init; }

    public DateTime? RewardedAt { get; init; }

    public Referral ToDomain() => new(Id, ProgramId, Code, ReferrerId, InviteeId, EnumText.Parse<ReferralStatus>(Status), RedeemedAt, RewardedAt);

    public static ReferralDto ToDto(Referral referral) => new(referral.Id, referral.ProgramId, referral.Code, referral.ReferrerId, referral.InviteeId, referral.Status,
        referral.RedeemedAt, referral.RewardedAt);
}
