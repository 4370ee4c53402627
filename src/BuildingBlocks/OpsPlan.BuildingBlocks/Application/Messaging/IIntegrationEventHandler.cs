using MediatR;

namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>
/// A consumer of an integration event. Implementations derive from <c>IdempotentIntegrationEventHandler</c>
/// so that a redelivered event changes nothing twice.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> : INotificationHandler<TEvent>
    where TEvent : IIntegrationEvent;
