using OpsPlan.Modules.Partners.Contracts;

namespace OpsPlan.Modules.Partners.Domain.DueDiligence;

/// <summary>
/// One check before a partner may work with the company (seed ch.20: proven experience, capability, stable quality):
/// evidence is submitted, then a reviewer approves or rejects it. Every partner starts with legal, security and
/// financial checks, all required.
/// </summary>
internal sealed class DueDiligenceItem : AggregateRoot
{
    public const string EvidenceMissing = "partners.evidence-missing";
    public const string Decided = "partners.item-approved";

    private DueDiligenceItem(AggregateState state, Guid partnerId, int position, DueDiligenceArea area, string title, bool required, DueDiligenceStatus status,
        string? evidence, DueDiligenceReview? review)
        : base(state)
    {
        PartnerId = partnerId;
        Position = position;
        Area = area;
        Title = title;
        Required = required;
        Status = status;
        Evidence = evidence;
        Review = review;
    }

    public Guid PartnerId { get; }

    /// <summary>The item's place in the checklist.</summary>
    public int Position { get; }

    public DueDiligenceArea Area { get; }

    public string Title { get; }

    public bool Required { get; }

    public DueDiligenceStatus Status { get; private set; }

    public string? Evidence { get; private set; }

    public DueDiligenceReview? Review { get; private set; }

    public bool Approved => Status == DueDiligenceStatus.Approved;

    public static IReadOnlyList<DueDiligenceItem> StandardFor(Guid partnerId, DateTime now) =>
    [
        New(partnerId, 0, DueDiligenceArea.Legal, "Legal: registration, ownership, litigation and sanctions checked", true, now),
        New(partnerId, 1, DueDiligenceArea.Security, "Security: controls, certifications and data protection assessed", true, now),
        New(partnerId, 2, DueDiligenceArea.Financial, "Financial: statements and solvency reviewed", true, now),
    ];

    public static DueDiligenceItem Custom(Guid partnerId, int position, string title, bool required, DateTime now) =>
        New(partnerId, position, DueDiligenceArea.Custom, title, required, now);

    public static DueDiligenceItem Restore(AggregateState state, Guid partnerId, int position, DueDiligenceArea area, string title, bool required, DueDiligenceStatus status,
        string? evidence, DueDiligenceReview? review) => new(state, partnerId, position, area, title, required, status, evidence, review);

    public void Submit(string evidence, DateTime now)
    {
        if (Approved)
        {
            throw new BusinessRuleException(Decided, "This item is approved; its evidence no longer changes.");
        }

        (Evidence, Status) = (evidence, DueDiligenceStatus.Submitted);
        Touch(now);
    }

    public void Decide(DueDiligenceDecision decision, string? note, string reviewer, DateTime now)
    {
        if (Status != DueDiligenceStatus.Submitted)
        {
            throw new BusinessRuleException(EvidenceMissing, "Only an item with submitted evidence can be reviewed.",
                [Status == DueDiligenceStatus.Approved ? "It is approved already." : "Submit its evidence first."]);
        }

        Status = decision == DueDiligenceDecision.Approved ? DueDiligenceStatus.Approved : DueDiligenceStatus.Rejected;
        Review = new DueDiligenceReview(reviewer, now, note);
        Touch(now);
    }

    private static DueDiligenceItem New(Guid partnerId, int position, DueDiligenceArea area, string title, bool required, DateTime now) =>
        new(AggregateState.New(now), partnerId, position, area, title, required, DueDiligenceStatus.Open, null, null);
}

internal sealed record DueDiligenceReview(string Reviewer, DateTime ReviewedAt, string? Note);
