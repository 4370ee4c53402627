using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Referrals;

/// <summary>A redeemed code: the invitee is referred once, and the referrer rewarded once, when the programme's trigger happens.</summary>
internal sealed record Referral(Guid Id, Guid ProgramId, string Code, Guid ReferrerId, Guid InviteeId, ReferralStatus Status, DateTime RedeemedAt, DateTime? RewardedAt);
