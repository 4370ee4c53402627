using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.BuildingBlocks.Application.OutboxFailures.RetryOutboxFailure;

/// <summary>Sends a parked event back to the relay with a fresh count of attempts, in the outbox of <paramref name="Module"/>.</summary>
public sealed record RetryOutboxFailureCommand(string Module, Guid Id) : ICommand<OutboxFailureDto>, IAddressedToModule;
