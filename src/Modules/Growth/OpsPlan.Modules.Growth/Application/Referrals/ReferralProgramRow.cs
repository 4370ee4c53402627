using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals;

/// <summary>A row of <c>growth.referral_programs</c>.</summary>
internal sealed class ReferralProgramRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, name AS Name, reward_kind AS RewardKind, reward_points AS RewardPoints, reward_value_minor AS RewardValueMinor,
               reward_currency AS RewardCurrency, reward_detail AS RewardDetail, reward_trigger AS RewardTrigger, per_referrer_cap AS PerReferrerCap,
               program_cap AS ProgramCap, starts_at AS StartsAt, ends_at AS EndsAt, referral_count AS ReferralCount, rewarded_count AS RewardedCount,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM growth.referral_programs
        """;

    public string Name { get; init; } = "";

    public string RewardKind { get; init; } = "";

    public long? RewardPoints { get; init; }

    public long? RewardValueMinor { get; init; }

    public string? RewardCurrency { get; init; }

    public string? RewardDetail { get; init; }

    public string RewardTrigger { get; init; } = "";

    public int? PerReferrerCap { get; init; }

    public int? ProgramCap { get; init; }

    public DateTime StartsAt { get; init; }

    public DateTime? EndsAt { get; init; }

    public int ReferralCount { get; init; }

    public int RewardedCount { get; init; }

    public ReferralProgram ToDomain() => ReferralProgram.Restore(State,
        new ReferralTerms(Name,
            new ReferralReward(EnumText.Parse<RewardKind>(RewardKind), RewardPoints,
                RewardValueMinor is { } value ? Money.FromMinorUnits(value, RewardCurrency!) : null, RewardDetail),
            EnumText.Parse<RewardTrigger>(RewardTrigger), PerReferrerCap, ProgramCap, StartsAt, EndsAt),
        ReferralCount, RewardedCount);

    public ReferralProgramDto ToDto() => ToDto(ToDomain());

    public static ReferralProgramDto ToDto(ReferralProgram program) => new()
    {
        Id = program.Id,
        Name = program.Terms.Name,
        Reward = program.Terms.Reward,
        Trigger = program.Terms.Trigger,
        PerReferrerCap = program.Terms.PerReferrerCap,
        ProgramCap = program.Terms.ProgramCap,
        StartsAt = program.Terms.StartsAt,
        EndsAt = program.Terms.EndsAt,
        Referrals = program.Referrals,
        Rewarded = program.Rewarded,
        CreatedAt = program.CreatedAt,
        UpdatedAt = program.UpdatedAt,
        Version = program.Version,
    };

    public static object Parameters(ReferralProgram program)
    {
        var terms = program.Terms;
        return new
        {
            program.Id,
            terms.Name,
            RewardKind = EnumText.ToText(terms.Reward.Kind),
            RewardPoints = terms.Reward.Points,
            RewardValueMinor = terms.Reward.Value?.MinorUnits,
            RewardCurrency = terms.Reward.Value?.Currency,
            RewardDetail = terms.Reward.Detail,
            RewardTrigger = EnumText.ToText(terms.Trigger),
            terms.PerReferrerCap,
            terms.ProgramCap,
            terms.StartsAt,
            terms.EndsAt,
            ReferralCount = program.Referrals,
            RewardedCount = program.Rewarded,
            program.CreatedAt,
            program.UpdatedAt,
            program.Version,
            program.LoadedVersion,
        };
    }
}
