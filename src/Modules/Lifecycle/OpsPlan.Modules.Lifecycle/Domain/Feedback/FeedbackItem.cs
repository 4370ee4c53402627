using OpsPlan.Modules.Lifecycle.Contracts;

namespace OpsPlan.Modules.Lifecycle.Domain.Feedback;

/// <summary>
/// What a user said about a product (seed ch.7). An imported item keeps its source system's <see cref="ExternalId"/>;
/// its status belongs to the team and a later import leaves it alone.
/// </summary>
internal sealed class FeedbackItem : AggregateRoot
{
    public static readonly Workflow<FeedbackStatus> Statuses = new("lifecycle.invalid-transition", "feedback item", new Dictionary<FeedbackStatus, FeedbackStatus[]>
    {
        [FeedbackStatus.New] = [FeedbackStatus.Triaged, FeedbackStatus.Declined],
        [FeedbackStatus.Triaged] = [FeedbackStatus.Planned, FeedbackStatus.Done, FeedbackStatus.Declined],
        [FeedbackStatus.Planned] = [FeedbackStatus.Done, FeedbackStatus.Declined],
        [FeedbackStatus.Done] = [],
        [FeedbackStatus.Declined] = [],
    });

    private FeedbackItem(AggregateState state, Guid productId, string? externalId, FeedbackContent content, FeedbackStatus status, Guid? fixedInReleaseId)
        : base(state)
    {
        ProductId = productId;
        ExternalId = externalId;
        Content = content;
        Status = status;
        FixedInReleaseId = fixedInReleaseId;
    }

    public Guid ProductId { get; }

    public string? ExternalId { get; }

    public FeedbackContent Content { get; private set; }

    public FeedbackStatus Status { get; private set; }

    public Guid? FixedInReleaseId { get; private set; }

    /// <summary>Whether a release may fix it: it is neither done nor declined.</summary>
    public bool IsOpen => Status is not (FeedbackStatus.Done or FeedbackStatus.Declined);

    public static FeedbackItem Receive(Guid productId, string? externalId, FeedbackContent content, DateTime now) =>
        new(AggregateState.New(now), productId, externalId, content, FeedbackStatus.New, null);

    public static FeedbackItem Restore(AggregateState state, Guid productId, string? externalId, FeedbackContent content, FeedbackStatus status, Guid? fixedInReleaseId) =>
        new(state, productId, externalId, content, status, fixedInReleaseId);

    /// <summary>Takes what the source system says now; false when nothing changed.</summary>
    public bool Resync(FeedbackContent content, DateTime now)
    {
        if (content == Content)
        {
            return false;
        }

        Content = content;
        Touch(now);
        return true;
    }

    public void MoveTo(FeedbackStatus target, DateTime now)
    {
        Statuses.EnsureCanMove(Status, target);
        Status = target;
        Touch(now);
    }

    public void FixedBy(Guid releaseId, DateTime now)
    {
        Status = FeedbackStatus.Done;
        FixedInReleaseId = releaseId;
        Touch(now);
    }
}

internal sealed record FeedbackContent(FeedbackSource Source, int? Rating, FeedbackCategory Category, string Text, DateTime ReceivedAt);
