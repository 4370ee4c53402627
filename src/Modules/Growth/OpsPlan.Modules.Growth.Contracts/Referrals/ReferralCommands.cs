namespace OpsPlan.Modules.Growth.Contracts.Referrals;

/// <summary>
/// Starts an invite-reward programme. Caps count redeemed referrals (per referrer, per programme), so a reward that
/// waits for a first purchase is always paid; the window bounds when codes can be redeemed.
/// </summary>
public sealed record CreateReferralProgramCommand(string Name, ReferralReward Reward, RewardTrigger? Trigger, int? PerReferrerCap, int? ProgramCap,
    DateTime StartsAt, DateTime? EndsAt) : ICommand<ReferralProgramDto>;

/// <summary>A programme's fields, as PUT replaces them; referrals already made keep their reward.</summary>
public sealed record ReferralProgramRequest(string Name, ReferralReward Reward, RewardTrigger? Trigger, int? PerReferrerCap, int? ProgramCap,
    DateTime StartsAt, DateTime? EndsAt) : IBodyOf<UpdateReferralProgramCommand>
{
    public UpdateReferralProgramCommand ToCommand(Guid id, ExpectedVersion? expectedVersion) =>
        new(id, expectedVersion, Name, Reward, Trigger, PerReferrerCap, ProgramCap, StartsAt, EndsAt);
}

public sealed record UpdateReferralProgramCommand(Guid Id, ExpectedVersion? ExpectedVersion, string Name, ReferralReward Reward, RewardTrigger? Trigger,
    int? PerReferrerCap, int? ProgramCap, DateTime StartsAt, DateTime? EndsAt) : ICommand<ReferralProgramDto>;

/// <summary>A customer's invite code in a programme: made on first request, the same code after (one per customer and programme).</summary>
public sealed record IssueInviteCodeCommand(Guid ProgramId, Guid CustomerId) : ICommand<InviteCodeIssueDto>;

/// <summary>The body of an invite-code request.</summary>
public sealed record InviteCodeRequest(Guid CustomerId) : IBodyOf<IssueInviteCodeCommand>
{
    public IssueInviteCodeCommand ToCommand(Guid programId) => new(programId, CustomerId);
}

/// <summary>
/// Links a new customer (by <c>customerId</c> or <c>customerExternalId</c>) to the referrer whose code it is. Refused
/// with 409: <c>growth.self-referral</c> (the same customer or the same email), <c>growth.already-referred</c>,
/// <c>growth.cap-reached</c>, <c>growth.program-inactive</c>, <c>growth.not-a-new-customer</c> (signed up before the
/// programme started).
/// </summary>
public sealed record RedeemInviteCodeCommand(string Code, Guid? CustomerId, string? CustomerExternalId) : ICommand<ReferralDto>;
