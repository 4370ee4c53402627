using OpsPlan.Modules.Overseas.Contracts;

namespace OpsPlan.Modules.Overseas.Domain.Compliance;

/// <summary>
/// A requirement a market's law places on the company (seed ch.23: GDPR, LGPD, PIPL, …) and how far it is met. A
/// critical item that is still open blocks the market's launch and is announced to Risk whenever it is recorded or
/// changes; closing it is left to the risk's owner.
/// </summary>
internal sealed class ComplianceItem : AggregateRoot
{
    public static readonly Workflow<ComplianceStatus> Statuses = new("overseas.invalid-transition", "compliance item", new Dictionary<ComplianceStatus, ComplianceStatus[]>
    {
        [ComplianceStatus.Gap] = [ComplianceStatus.InProgress, ComplianceStatus.Compliant, ComplianceStatus.NotApplicable],
        [ComplianceStatus.InProgress] = [ComplianceStatus.Compliant, ComplianceStatus.NotApplicable, ComplianceStatus.Gap],
        [ComplianceStatus.Compliant] = [ComplianceStatus.Gap],
        [ComplianceStatus.NotApplicable] = [ComplianceStatus.Gap],
    });

    private ComplianceItem(AggregateState state, Guid marketId, ComplianceRequirement requirement, ComplianceStatus status, string? reason)
        : base(state)
    {
        MarketId = marketId;
        Requirement = requirement;
        Status = status;
        Reason = reason;
    }

    public Guid MarketId { get; }

    public ComplianceRequirement Requirement { get; private set; }

    public ComplianceStatus Status { get; private set; }

    /// <summary>Why the item does not apply; only when not-applicable.</summary>
    public string? Reason { get; private set; }

    public DateOnly CreatedOn => DateOnly.FromDateTime(CreatedAt);

    public static bool IsOpen(ComplianceStatus status) => status is ComplianceStatus.Gap or ComplianceStatus.InProgress;

    /// <summary>A critical item not yet closed: it blocks launch and Risk keeps a risk for it.</summary>
    public bool IsOpenCritical => IsOpen(Status) && Requirement.Severity == ComplianceSeverity.Critical;

    public static ComplianceItem Record(Guid marketId, ComplianceRequirement requirement, DateTime now) =>
        new(AggregateState.New(now), marketId, requirement, ComplianceStatus.Gap, null);

    public static ComplianceItem Restore(AggregateState state, Guid marketId, ComplianceRequirement requirement, ComplianceStatus status, string? reason) =>
        new(state, marketId, requirement, status, reason);

    public void Describe(ComplianceRequirement requirement, DateTime now)
    {
        Requirement = requirement;
        Touch(now);
    }

    /// <summary>Moves the status; a not-applicable item keeps <paramref name="reason"/> (the validator demands one).</summary>
    public void MoveTo(ComplianceStatus target, string? reason, DateTime now)
    {
        Statuses.EnsureCanMove(Status, target);
        Status = target;
        Reason = target == ComplianceStatus.NotApplicable ? reason : null;
        Touch(now);
    }
}

internal sealed record ComplianceRequirement(string Regulation, string Requirement, ComplianceSeverity Severity, DateOnly? DueDate, string? Evidence);
