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

/// <summary>A row of <c>growth.invite_codes</c>.</summary>
internal sealed class InviteCodeRow
{
    public const string SelectFromSql = """
        SELECT code AS Code, program_id AS ProgramId, customer_id AS CustomerId, referral_count AS Referrals, rewarded_count AS Rewarded, created_at AS CreatedAt
        FROM growth.invite_codes
        """;

    public string Code { get; init; } = "";

    public Guid ProgramId { get; init; }

    public Guid CustomerId { get; init; }

    public int Referrals { get; init; }

    public int Rewarded { get; init; }

    public DateTime CreatedAt { get; init; }

    public InviteCode ToDomain() => new(Code, ProgramId, CustomerId, Referrals, Rewarded, CreatedAt);

    public static InviteCodeDto ToDto(InviteCode code) => new(code.Code, code.ProgramId, code.CustomerId, code.Referrals, code.Rewarded, code.CreatedAt);
}

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
