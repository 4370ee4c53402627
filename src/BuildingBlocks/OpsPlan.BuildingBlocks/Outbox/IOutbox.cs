using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>Records an integration event in the current command's transaction; the relay delivers it after commit.</summary>
public interface IOutbox
{
    /// <summary>Stamps the event with a new id and the current time and writes it to the module's outbox.</summary>
    Task EnqueueAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken);

    /// <summary>Enqueues several events in one go, each stamped as <see cref="EnqueueAsync(IntegrationEvent, CancellationToken)"/> does.</summary>
    Task EnqueueAsync(IReadOnlyCollection<IntegrationEvent> integrationEvents, CancellationToken cancellationToken);
}
