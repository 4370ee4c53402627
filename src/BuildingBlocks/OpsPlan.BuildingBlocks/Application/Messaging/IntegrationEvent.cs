namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>
/// The base of every integration event. Publishers state only what happened; the outbox stamps the event's id and
/// time when it enqueues it, in the transaction of the change.
/// </summary>
public abstract record IntegrationEvent : IIntegrationEvent
{
    public Guid EventId { get; init; }

    public DateTime OccurredAt { get; init; }
}
