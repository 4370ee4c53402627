using OpsPlan.Modules.Growth.Application.Points;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Customers;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals;

/// <summary>
/// Redeems invite codes and rewards referrers, in the caller's transaction. The rules: a customer is referred once;
/// never by themselves (the same customer or the same email); only while the programme is open and only if they
/// signed up since it started; never past a cap. The referrer is rewarded once, at sign-up or at the invitee's first
/// purchase, whichever the programme says.
/// </summary>
internal sealed class ReferralDesk(IReferralRepository referrals, ICustomerRepository customers, PointsLedger points)
{
    /// <summary>
    /// What stands in the way of <paramref name="invitee"/> redeeming <paramref name="code"/> now, or null when nothing
    /// does, and then the redemption is counted in <paramref name="tally"/>. Reads only.
    /// </summary>
    public async Task<RedemptionProblem?> AdmitAsync(string code, Customer invitee, bool inviteeIsNew, DateTime now, ReferralTally tally, CancellationToken cancellationToken)
    {
        var (problem, invite, program) = await CheckAsync(code, invitee, inviteeIsNew, now, tally, cancellationToken);
        if (problem is null)
        {
            tally.Add(program!.Id, invite!.Code);
        }

        return problem;
    }

    /// <summary>Redeems when nothing stands in the way; the caps are checked again as they are counted, for racing writers.</summary>
    public async Task<Referral> RedeemAsync(string code, Customer invitee, bool inviteeIsNew, DateTime now, CancellationToken cancellationToken)
    {
        var (problem, found, open) = await CheckAsync(code, invitee, inviteeIsNew, now, new ReferralTally(), cancellationToken);
        if (problem is not null)
        {
            throw problem.ToException("code");
        }

        var (invite, program) = (found!, open!);
        var rewardNow = program.Terms.Trigger == RewardTrigger.Signup || invitee.Standing.Value.PurchaseCount > 0;
        if (!await referrals.TryCountReferralAsync(program, invite.Code, rewardNow, now, cancellationToken))
        {
            throw CapReached(program.Terms).ToException("code");
        }

        var referral = new Referral(Ids.New(), program.Id, invite.Code, invite.CustomerId, invitee.Id,
            rewardNow ? ReferralStatus.Rewarded : ReferralStatus.Pending, now, rewardNow ? now : null);
        await referrals.AddReferralAsync(referral, cancellationToken);
        if (rewardNow)
        {
            await PayAsync(referral, program, now, cancellationToken);
        }

        return referral;
    }

    private async Task<(RedemptionProblem? Problem, InviteCode? Invite, ReferralProgram? Program)> CheckAsync(string code, Customer invitee, bool inviteeIsNew, DateTime now,
        ReferralTally tally, CancellationToken cancellationToken)
    {
        if (await referrals.FindCodeAsync(InviteCode.Normalize(code), cancellationToken) is not { } invite)
        {
            return (new RedemptionProblem(RedemptionProblem.UnknownCode, "No invite code matches."), null, null);
        }

        var program = await referrals.GetProgramAsync(invite.ProgramId, null, cancellationToken);
        var terms = program.Terms;
        RedemptionProblem? problem = null;
        if (!terms.IsOpenAt(now))
        {
            problem = new RedemptionProblem(RedemptionProblem.ProgramInactive, $"The programme '{terms.Name}' is not open now.");
        }
        else if (invite.CustomerId == invitee.Id || await SameEmailAsync(invite.CustomerId, invitee, cancellationToken))
        {
            problem = new RedemptionProblem(RedemptionProblem.SelfReferral, "A customer cannot redeem their own invite code.");
        }
        else if (!inviteeIsNew && await referrals.FindByInviteeAsync(invitee.Id, cancellationToken) is not null)
        {
            problem = new RedemptionProblem(RedemptionProblem.AlreadyReferred, "This customer was referred already.");
        }
        else if (invitee.Profile.SignedUpAt < terms.StartsAt)
        {
            problem = new RedemptionProblem(RedemptionProblem.NotNew, "Only a customer who signed up since the programme started can be referred.");
        }
        else if ((terms.ProgramCap is { } programCap && program.Referrals + tally.OfProgram(program.Id) >= programCap)
            || (terms.PerReferrerCap is { } referrerCap && invite.Referrals + tally.OfCode(invite.Code) >= referrerCap))
        {
            problem = CapReached(terms);
        }

        return (problem, invite, program);
    }

    /// <summary>Rewards the pending referrals of invitees who have just made their first purchase.</summary>
    public async Task RewardFirstPurchasesAsync(IReadOnlyCollection<Guid> firstBuyers, DateTime now, CancellationToken cancellationToken)
    {
        if (firstBuyers.Count == 0)
        {
            return;
        }

        foreach (var referral in await referrals.PendingForAsync(firstBuyers, cancellationToken))
        {
            var program = await referrals.GetProgramAsync(referral.ProgramId, null, cancellationToken);
            if (program.Terms.Trigger == RewardTrigger.FirstPurchase)
            {
                await RewardAsync(referral, program, now, cancellationToken);
            }
        }
    }

    private async Task RewardAsync(Referral referral, ReferralProgram program, DateTime now, CancellationToken cancellationToken)
    {
        if (await referrals.TryMarkRewardedAsync(referral, now, cancellationToken))
        {
            await PayAsync(referral, program, now, cancellationToken);
        }
    }

    private async Task PayAsync(Referral referral, ReferralProgram program, DateTime now, CancellationToken cancellationToken)
    {
        if (program.Terms.Reward is { Kind: RewardKind.Points, Points: { } amount })
        {
            // Keyed by the referral: whatever retries, one referral earns its referrer one entry.
            await points.RecordAsync(referral.ReferrerId, "referral-" + referral.Id.ToString("N"), PointsEntryKind.Earn, amount, PointsSource.Referral, referral.Id,
                $"Referral reward: {program.Terms.Name}", now, cancellationToken);
        }
    }

    private async Task<bool> SameEmailAsync(Guid referrerId, Customer invitee, CancellationToken cancellationToken)
    {
        if (invitee.Profile.Personal.Email is not { } email)
        {
            return false;
        }

        return string.Equals(await customers.EmailOfAsync(referrerId, cancellationToken), email, StringComparison.OrdinalIgnoreCase);
    }

    private static RedemptionProblem CapReached(ReferralTerms terms) =>
        new(RedemptionProblem.CapReached, $"The programme '{terms.Name}' or this referrer has reached its cap of referrals.");
}
