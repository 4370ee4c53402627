using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Domain.Risks;

/// <summary>A risk in the register: what could go wrong, how likely, how bad, and where it stands.</summary>
internal sealed class Risk : AggregateRoot
{
    public const string ManualSource = "manual";

    private Risk(AggregateState state, string title, string? description, RiskCategory category, string owner, RiskScore inherent, RiskScore? residual,
        RiskStatus status, DateOnly? nextReviewDate, string source, string? sourceReference)
        : base(state)
    {
        Title = title;
        Description = description;
        Category = category;
        Owner = owner;
        Inherent = inherent;
        Residual = residual;
        Status = status;
        NextReviewDate = nextReviewDate;
        Source = source;
        SourceReference = sourceReference;
    }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public RiskCategory Category { get; private set; }

    public string Owner { get; private set; }

    public RiskScore Inherent { get; private set; }

    public RiskScore? Residual { get; private set; }

    public RiskStatus Status { get; private set; }

    public DateOnly? NextReviewDate { get; private set; }

    public string Source { get; }

    public string? SourceReference { get; }

    /// <summary>Registers a risk; its first score becomes its first assessment.</summary>
    public static (Risk Risk, Assessment FirstAssessment) Raise(
        string title, string? description, RiskCategory category, string owner, RiskScore inherent, RiskScore? residual,
        DateOnly? nextReviewDate, string source, string? sourceReference, string raisedBy, DateTime now)
    {
        var risk = new Risk(AggregateState.New(now), title, description, category, owner, inherent, residual, RiskStatus.Identified,
            nextReviewDate, source, sourceReference);
        return (risk, new Assessment(Ids.New(), risk.Id, raisedBy, now, null, inherent, residual, "Initial assessment."));
    }

    public static Risk Restore(AggregateState state, string title, string? description, RiskCategory category, string owner, RiskScore inherent,
        RiskScore? residual, RiskStatus status, DateOnly? nextReviewDate, string source, string? sourceReference) =>
        new(state, title, description, category, owner, inherent, residual, status, nextReviewDate, source, sourceReference);

    public void UpdateDetails(string title, string? description, RiskCategory category, string owner, DateOnly? nextReviewDate, DateTime now)
    {
        Title = title;
        Description = description;
        Category = category;
        Owner = owner;
        NextReviewDate = nextReviewDate;
        Touch(now);
    }

    /// <summary>Re-scores the risk. Assessing an identified risk moves it to assessed.</summary>
    public Assessment Assess(RiskScore inherent, RiskScore? residual, string rationale, string assessedBy, DateTime now)
    {
        if (Status == RiskStatus.Closed)
        {
            throw new BusinessRuleException("risk.closed", "A closed risk cannot be assessed; reopen it first.");
        }

        var assessment = new Assessment(Ids.New(), Id, assessedBy, now, Inherent, inherent, residual, rationale);
        Inherent = inherent;
        Residual = residual;
        if (Status == RiskStatus.Identified)
        {
            Status = RiskStatus.Assessed;
        }

        Touch(now);
        return assessment;
    }

    /// <summary>
    /// The source module reports the same condition again: re-score with the new figures, refresh the description,
    /// and reopen the risk if a person had closed it. Returns the assessment that records the change.
    /// </summary>
    public Assessment ReportedAgain(RiskScore inherent, string description, string rationale, string reportedBy, DateTime now)
    {
        if (Status == RiskStatus.Closed)
        {
            TransitionTo(RiskStatus.Identified, now);
        }

        Description = description;
        return Assess(inherent, Residual, rationale, reportedBy, now);
    }

    public void TransitionTo(RiskStatus target, DateTime now)
    {
        if (!RiskWorkflow.CanMove(Status, target))
        {
            var allowed = RiskWorkflow.NextFrom(Status).Select(EnumText.ToText).ToList();
            throw new BusinessRuleException(
                "risk.invalid-transition",
                $"A risk cannot move from '{EnumText.ToText(Status)}' to '{EnumText.ToText(target)}'.",
                [$"From '{EnumText.ToText(Status)}' a risk can move to: {string.Join(", ", allowed)}."]);
        }

        Status = target;
        Touch(now);
    }
}
