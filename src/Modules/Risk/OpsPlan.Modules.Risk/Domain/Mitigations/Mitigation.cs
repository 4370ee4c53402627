using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Domain.Mitigations;

/// <summary>An action that lowers a risk's likelihood or impact, owned by someone, due by a date.</summary>
internal sealed class Mitigation : AggregateRoot
{
    private static readonly Dictionary<MitigationStatus, MitigationStatus[]> Allowed = new()
    {
        [MitigationStatus.Planned] = [MitigationStatus.InProgress, MitigationStatus.Cancelled],
        [MitigationStatus.InProgress] = [MitigationStatus.Done, MitigationStatus.Cancelled],
        [MitigationStatus.Done] = [],
        [MitigationStatus.Cancelled] = [],
    };

    private Mitigation(AggregateState state, Guid riskId, string action, string owner, DateOnly? dueDate, MitigationStatus status, DateTime? completedAt)
        : base(state)
    {
        RiskId = riskId;
        Action = action;
        Owner = owner;
        DueDate = dueDate;
        Status = status;
        CompletedAt = completedAt;
    }

    public Guid RiskId { get; }

    public string Action { get; private set; }

    public string Owner { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public MitigationStatus Status { get; private set; }

    public DateTime? CompletedAt { get; private set; }


    public static Mitigation Plan(Guid riskId, RiskStatus riskStatus, string action, string owner, DateOnly? dueDate, DateTime now)
    {
        if (riskStatus == RiskStatus.Closed)
        {
            throw new BusinessRuleException("risk.closed", "A closed risk takes no new mitigations; reopen it first.");
        }

        return new Mitigation(AggregateState.New(now), riskId, action, owner, dueDate, MitigationStatus.Planned, null);
    }

    public static Mitigation Restore(AggregateState state, Guid riskId, string action, string owner, DateOnly? dueDate, MitigationStatus status, DateTime? completedAt) =>
        new(state, riskId, action, owner, dueDate, status, completedAt);

    public bool IsOverdue(DateOnly today) =>
        DueDate < today && Status is MitigationStatus.Planned or MitigationStatus.InProgress;

    public void UpdateDetails(string action, string owner, DateOnly? dueDate, DateTime now)
    {
        EnsureOpen();
        Action = action;
        Owner = owner;
        DueDate = dueDate;
        Touch(now);
    }

    public void TransitionTo(MitigationStatus target, DateTime now)
    {
        if (!Allowed[Status].Contains(target))
        {
            var next = Allowed[Status].Select(EnumText.ToText).ToList();
            throw new BusinessRuleException(
                "mitigation.invalid-transition",
                $"A mitigation cannot move from '{EnumText.ToText(Status)}' to '{EnumText.ToText(target)}'.",
                [next.Count == 0 ? $"'{EnumText.ToText(Status)}' is final." : $"From '{EnumText.ToText(Status)}' a mitigation can move to: {string.Join(", ", next)}."]);
        }

        Status = target;
        CompletedAt = target == MitigationStatus.Done ? now : CompletedAt;
        Touch(now);
    }

    private void EnsureOpen()
    {
        if (Status is MitigationStatus.Done or MitigationStatus.Cancelled)
        {
            throw new BusinessRuleException("mitigation.final", $"A {EnumText.ToText(Status)} mitigation no longer changes.");
        }
    }
}
