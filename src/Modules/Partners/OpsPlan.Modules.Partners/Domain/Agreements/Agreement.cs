using OpsPlan.Modules.Partners.Contracts;

namespace OpsPlan.Modules.Partners.Domain.Agreements;

/// <summary>
/// An agreement with a partner: its term, value, renewal terms and the SLA targets its measurements are judged
/// against. It enters its notice window on <see cref="NoticeDeadline"/> minus the warning lead, and is announced once.
/// </summary>
internal sealed class Agreement : AggregateRoot
{
    /// <summary>How long before the notice deadline (or the end, for short notice periods) an agreement is announced as expiring.</summary>
    public const int WarningDays = 30;

    private Agreement(AggregateState state, Guid partnerId, AgreementTerms terms, DateTime? expiringAnnouncedAt)
        : base(state)
    {
        PartnerId = partnerId;
        Terms = terms;
        ExpiringAnnouncedAt = expiringAnnouncedAt;
    }

    public Guid PartnerId { get; }

    public AgreementTerms Terms { get; private set; }

    public DateTime? ExpiringAnnouncedAt { get; private set; }

    public DateOnly NoticeDeadline => Terms.EndDate.AddDays(-Terms.NoticeDays);

    /// <summary>From this day on the agreement is expiring: a warning lead before the notice deadline.</summary>
    public DateOnly ExpiringFrom => NoticeDeadline.AddDays(-WarningDays);

    public static Agreement Sign(Guid partnerId, AgreementTerms terms, DateTime now) => new(AggregateState.New(now), partnerId, terms, null);

    public static Agreement Restore(AggregateState state, Guid partnerId, AgreementTerms terms, DateTime? expiringAnnouncedAt) => new(state, partnerId, terms, expiringAnnouncedAt);

    public AgreementState StateOn(DateOnly day) => day < Terms.StartDate ? AgreementState.Upcoming : day > Terms.EndDate ? AgreementState.Expired : AgreementState.Active;

    public void Amend(AgreementTerms terms, DateTime now)
    {
        // A new end date is a new term: its expiry is announced again when it comes.
        if (terms.EndDate != Terms.EndDate || terms.NoticeDays != Terms.NoticeDays)
        {
            ExpiringAnnouncedAt = null;
        }

        Terms = terms;
        Touch(now);
    }

    public SlaTarget? TargetFor(SlaMetric metric) => Terms.SlaTargets.FirstOrDefault(target => target.Metric == metric);

    public void AnnounceExpiring(DateTime now)
    {
        ExpiringAnnouncedAt = now;
        Touch(now);
    }
}

internal sealed record AgreementTerms(string Title, AgreementType Type, DateOnly StartDate, DateOnly EndDate, Money? Value, bool AutoRenew, int NoticeDays,
    IReadOnlyList<SlaTarget> SlaTargets);

/// <summary>What the partner promises on a metric.</summary>
internal sealed record SlaTarget(SlaMetric Metric, decimal Target, SlaComparison Comparison)
{
    public bool IsMetBy(decimal value) => Comparison == SlaComparison.AtLeast ? value >= Target : value <= Target;
}
