namespace OpsPlan.Modules.Integrations.Contracts.Feed;

/// <summary>
/// The published events after <paramref name="After"/> (a cursor from an earlier page; from the first event without
/// one), oldest first, of the named types only when <paramref name="Types"/> is given; 1-500 per page (100 by default).
/// </summary>
public sealed record ListPublishedEventsQuery(string? After = null, IReadOnlyList<string>? Types = null, int? Limit = null) : IQuery<EventFeedPageDto>;
