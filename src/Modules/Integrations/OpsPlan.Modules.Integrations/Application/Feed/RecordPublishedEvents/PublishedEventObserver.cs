namespace OpsPlan.Modules.Integrations.Application.Feed.RecordPublishedEvents;

/// <summary>Takes every batch the outbox relay publishes into the feed, in one transaction of this module.</summary>
internal sealed class PublishedEventObserver(IDispatcher dispatcher) : IPublishedEventObserver
{
    public Task ObserveAsync(IReadOnlyList<PublishedEvent> events, CancellationToken cancellationToken) =>
        dispatcher.SendAsync(new RecordPublishedEventsCommand(events), cancellationToken);
}
