using MediatR;

namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>
/// Something that happened in one module and that other modules may react to. Written to the
/// publishing module's outbox in the same transaction as the change, delivered at least once.
/// </summary>
public interface IIntegrationEvent : INotification
{
    Guid EventId { get; }

    DateTime OccurredAt { get; }
}
