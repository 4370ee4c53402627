using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>Records an integration event in the current command's transaction; the relay delivers it after commit.</summary>
public interface IOutbox
{
    Task EnqueueAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
