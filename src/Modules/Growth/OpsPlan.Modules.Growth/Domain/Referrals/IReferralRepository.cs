namespace OpsPlan.Modules.Growth.Domain.Referrals;

internal interface IReferralRepository
{
    Task<ReferralProgram> GetProgramAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken);

    Task AddProgramAsync(ReferralProgram program, CancellationToken cancellationToken);

    Task UpdateProgramAsync(ReferralProgram program, CancellationToken cancellationToken);

    Task<InviteCode?> FindCodeAsync(string code, CancellationToken cancellationToken);

    Task<InviteCode?> FindCodeOfAsync(Guid programId, Guid customerId, CancellationToken cancellationToken);

    /// <summary>Adds the code; false when the (random) code is taken already, so the caller draws another.</summary>
    Task<bool> TryAddCodeAsync(InviteCode code, CancellationToken cancellationToken);

    Task<Referral?> FindByInviteeAsync(Guid inviteeId, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one more referral against both caps in single statements that check the cap as they count, so two racing
    /// redemptions cannot both take the last place; false when either cap is reached. A referral rewarded at once is
    /// counted as rewarded in the same statements.
    /// </summary>
    Task<bool> TryCountReferralAsync(ReferralProgram program, string code, bool rewarded, DateTime now, CancellationToken cancellationToken);

    Task AddReferralAsync(Referral referral, CancellationToken cancellationToken);

    /// <summary>Marks the referral rewarded unless it already is; false when another writer got there first.</summary>
    Task<bool> TryMarkRewardedAsync(Referral referral, DateTime now, CancellationToken cancellationToken);

    /// <summary>The pending referrals whose invitee is one of <paramref name="inviteeIds"/>.</summary>
    Task<IReadOnlyList<Referral>> PendingForAsync(IReadOnlyCollection<Guid> inviteeIds, CancellationToken cancellationToken);
}
