namespace OpsPlan.Modules.Integrations.Application.Feed.RecordPublishedEvents;

/// <summary>
/// Appends a batch the outbox relay published to the event feed and schedules a delivery for every enabled subscription
/// that wants each event; an event already in the feed is skipped. Sent by <see cref="PublishedEventObserver"/> only.
/// </summary>
internal sealed record RecordPublishedEventsCommand(IReadOnlyList<PublishedEvent> Events) : ICommand<int>;
