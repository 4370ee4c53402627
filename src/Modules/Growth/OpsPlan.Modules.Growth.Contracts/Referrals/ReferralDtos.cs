namespace OpsPlan.Modules.Growth.Contracts.Referrals;

public sealed record ReferralProgramDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required ReferralReward Reward { get; init; }

    public required RewardTrigger Trigger { get; init; }

    public int? PerReferrerCap { get; init; }

    public int? ProgramCap { get; init; }

    public required DateTime StartsAt { get; init; }

    public DateTime? EndsAt { get; init; }

    /// <summary>Codes redeemed in the programme so far (what <see cref="ProgramCap"/> counts).</summary>
    public required int Referrals { get; init; }

    /// <summary>Referrals whose reward was given.</summary>
    public required int Rewarded { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>A referrer's code and how far it went (<c>referrals</c> is what <c>perReferrerCap</c> counts).</summary>
public sealed record InviteCodeDto(string Code, Guid ProgramId, Guid CustomerId, int Referrals, int Rewarded, DateTime CreatedAt);

/// <summary>An invite code, and whether this request made it (a repeat gets the same code).</summary>
public sealed record InviteCodeIssueDto(InviteCodeDto InviteCode, bool Created);

/// <summary>A redeemed code: who referred whom, and whether the referrer has been rewarded yet.</summary>
public sealed record ReferralDto(Guid Id, Guid ProgramId, string Code, Guid ReferrerId, Guid InviteeId, ReferralStatus Status, DateTime RedeemedAt, DateTime? RewardedAt);

/// <summary>Referrers ranked by rewarded referrals, then by referrals; equal figures share a rank.</summary>
public sealed record LeaderboardDto(Guid ProgramId, DateTime AsOf, IReadOnlyList<LeaderboardEntryDto> Entries);

public sealed record LeaderboardEntryDto(int Rank, Guid CustomerId, string DisplayName, string Code, int Referrals, int Rewarded);

/// <summary>
/// What a referrer gets: <c>points</c> (with <c>points</c>), or a <c>coupon</c> or <c>gift</c> (with a <c>value</c> and a
/// <c>detail</c> naming it).
/// </summary>
public sealed record ReferralReward(RewardKind? Kind, long? Points, Money? Value, string? Detail);
