using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Domain.Referrals;

/// <summary>What a programme promises and within what limits: everything its owner may change.</summary>
internal sealed record ReferralTerms(string Name, ReferralReward Reward, RewardTrigger Trigger, int? PerReferrerCap, int? ProgramCap, DateTime StartsAt, DateTime? EndsAt)
{
    public bool IsOpenAt(DateTime now) => now >= StartsAt && (EndsAt is null || now < EndsAt);
}
