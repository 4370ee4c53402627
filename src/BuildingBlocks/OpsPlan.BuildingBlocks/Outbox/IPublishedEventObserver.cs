namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>
/// Sees every integration event the outbox relay publishes, a claimed batch at a time, before the in-process
/// consumers: the event feed and webhook deliveries are kept this way without a consumer per event type. The relay
/// may show an event again (a crash, a failed round), so an observer takes each event id once.
/// </summary>
public interface IPublishedEventObserver
{
    Task ObserveAsync(IReadOnlyList<PublishedEvent> events, CancellationToken cancellationToken);
}

/// <summary>An event as stored in its module's outbox: its id, publishing module, name, time and JSON payload.</summary>
public sealed record PublishedEvent(Guid EventId, string Module, string Type, DateTime OccurredAt, string Payload);
