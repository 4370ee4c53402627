using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Lifecycle.Contracts.Feedback;

/// <summary>What a user told the team (seed ch.7: surveys, support, app reviews, interviews); a rating is 1-5 when there is one.</summary>
public sealed record FeedbackRequest(FeedbackSource? Source, int? Rating, FeedbackCategory? Category, string Text, DateTime? ReceivedAt)
    : IBodyOf<CreateFeedbackCommand>;

/// <summary>Records one feedback item of a product, <c>new</c>.</summary>
public sealed record CreateFeedbackCommand(Guid ProductId, FeedbackRequest Fields) : ICommand<FeedbackDto>;

public sealed record FeedbackStatusTransitionRequest(FeedbackStatus? Status, string? Note) : IBodyOf<TransitionFeedbackStatusCommand>;

/// <summary>new → triaged | declined; triaged → planned | done | declined; planned → done | declined. Otherwise 409 <c>lifecycle.invalid-transition</c>.</summary>
public sealed record TransitionFeedbackStatusCommand(Guid ProductId, Guid Id, ExpectedVersion? ExpectedVersion, FeedbackStatus? Status, string? Note)
    : ICommand<FeedbackDto>;

/// <summary>
/// Imports up to 1,000 feedback items by <c>externalId</c> (the shared batch loop): created, updated (its text, rating,
/// category, source or time changed), unchanged or failed; the status stays where the team moved it.
/// </summary>
public sealed record SyncFeedbackCommand(IReadOnlyList<BatchEntry<FeedbackSyncItem>> Items) : ICommand<BatchResultDto>;

/// <summary>One imported feedback item: the survey tool's or help desk's id, and the product it is about.</summary>
public sealed record FeedbackSyncItem(
    string ExternalId,
    Guid ProductId,
    FeedbackSource? Source,
    int? Rating,
    FeedbackCategory? Category,
    string Text,
    DateTime ReceivedAt);

/// <summary>The documented shape of a feedback import: <c>{ "items": [ ... ] }</c>, at most 1,000 items.</summary>
public sealed record FeedbackBatchRequest(IReadOnlyList<FeedbackSyncItem> Items) : IBodyOf<SyncFeedbackCommand>;
