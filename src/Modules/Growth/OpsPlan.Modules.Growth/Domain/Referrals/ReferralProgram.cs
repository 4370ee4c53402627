namespace OpsPlan.Modules.Growth.Domain.Referrals;

/// <summary>An invite-reward programme (seed ch.4): its counts are kept by the redemption statements themselves, not by this object.</summary>
internal sealed class ReferralProgram : AggregateRoot
{
    private ReferralProgram(AggregateState state, ReferralTerms terms, int referrals, int rewarded)
        : base(state)
    {
        Terms = terms;
        Referrals = referrals;
        Rewarded = rewarded;
    }

    public ReferralTerms Terms { get; private set; }

    public int Referrals { get; }

    public int Rewarded { get; }

    public static ReferralProgram Start(ReferralTerms terms, DateTime now) => new(AggregateState.New(now), terms, 0, 0);

    public static ReferralProgram Restore(AggregateState state, ReferralTerms terms, int referrals, int rewarded) => new(state, terms, referrals, rewarded);

    public void Change(ReferralTerms terms, DateTime now)
    {
        Terms = terms;
        Touch(now);
    }
}
