using OpsPlan.Modules.Lifecycle.Contracts;

namespace OpsPlan.Modules.Lifecycle.Domain.Requirements;

/// <summary>A requirement of a product (seed ch.15), from research or feedback, prioritised and delivered by a release.</summary>
internal sealed class Requirement : AggregateRoot
{
    public const string Closed = "lifecycle.requirement-closed";

    public static readonly Workflow<RequirementStatus> Statuses = new("lifecycle.invalid-transition", "requirement", new Dictionary<RequirementStatus, RequirementStatus[]>
    {
        [RequirementStatus.Proposed] = [RequirementStatus.Accepted, RequirementStatus.Rejected],
        [RequirementStatus.Accepted] = [RequirementStatus.InProgress, RequirementStatus.Rejected],
        [RequirementStatus.InProgress] = [RequirementStatus.Done, RequirementStatus.Accepted, RequirementStatus.Rejected],
        [RequirementStatus.Done] = [],
        [RequirementStatus.Rejected] = [],
    });

    private Requirement(AggregateState state, Guid productId, RequirementFields fields, RequirementStatus status, Guid? deliveredInReleaseId)
        : base(state)
    {
        ProductId = productId;
        Fields = fields;
        Status = status;
        DeliveredInReleaseId = deliveredInReleaseId;
    }

    public Guid ProductId { get; }

    public RequirementFields Fields { get; private set; }

    public RequirementStatus Status { get; private set; }

    public Guid? DeliveredInReleaseId { get; private set; }

    /// <summary>Whether a release may deliver it: it was accepted and is not done yet.</summary>
    public bool IsDeliverable => Status is RequirementStatus.Accepted or RequirementStatus.InProgress;

    public static Requirement Propose(Guid productId, RequirementFields fields, DateTime now) =>
        new(AggregateState.New(now), productId, fields, RequirementStatus.Proposed, null);

    public static Requirement Restore(AggregateState state, Guid productId, RequirementFields fields, RequirementStatus status, Guid? deliveredInReleaseId) =>
        new(state, productId, fields, status, deliveredInReleaseId);

    public void Revise(RequirementFields fields, DateTime now)
    {
        if (Status is RequirementStatus.Done or RequirementStatus.Rejected)
        {
            throw new BusinessRuleException(Closed, $"A {EnumText.ToText(Status)} requirement no longer changes.");
        }

        Fields = fields;
        Touch(now);
    }

    public void MoveTo(RequirementStatus target, DateTime now)
    {
        Statuses.EnsureCanMove(Status, target);
        Status = target;
        Touch(now);
    }

    public void DeliveredBy(Guid releaseId, DateTime now)
    {
        Status = RequirementStatus.Done;
        DeliveredInReleaseId = releaseId;
        Touch(now);
    }
}

internal sealed record RequirementFields(string Title, string? Description, RequirementSource Source, RequirementPriority Priority, IReadOnlyList<Guid> FeedbackIds,
    string? TargetVersion);
