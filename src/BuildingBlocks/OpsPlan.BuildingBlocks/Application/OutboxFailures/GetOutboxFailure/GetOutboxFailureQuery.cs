using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.BuildingBlocks.Application.OutboxFailures.GetOutboxFailure;

/// <summary>A parked event, in whichever module's outbox it is.</summary>
public sealed record GetOutboxFailureQuery(Guid Id) : IQuery<OutboxFailureDto>;
