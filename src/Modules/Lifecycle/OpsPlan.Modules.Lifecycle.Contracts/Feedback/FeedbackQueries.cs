using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Lifecycle.Contracts.Feedback;

public sealed record GetFeedbackQuery(Guid ProductId, Guid Id) : IQuery<FeedbackDto>;

/// <summary>A product's feedback, newest first; with <c>updatedSince</c>, oldest change first.</summary>
public sealed record ListFeedbackQuery(
    Guid ProductId,
    IReadOnlyList<FeedbackStatus>? Status = null,
    IReadOnlyList<FeedbackCategory>? Category = null,
    IReadOnlyList<FeedbackSource>? Source = null,
    string? ExternalId = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null,
    string? Sort = null) : IQuery<Page<FeedbackDto>>, IListQuery;

/// <summary>A product's feedback received from..to (inclusive; by default the twelve months to today): average rating per month, counts by category and status.</summary>
public sealed record GetFeedbackSummaryQuery(Guid ProductId, DateOnly? From = null, DateOnly? To = null) : IQuery<FeedbackSummaryDto>, ICachedQuery;
