using System.Collections.Concurrent;
using MediatR;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Risk.Contracts.Events;

namespace OpsPlan.IntegrationTests.Platform;

/// <summary>What the probes saw, and whether the next delivery should fail.</summary>
public sealed class ProbeState
{
    public ConcurrentQueue<RiskRaised> Received { get; } = new();

    public ConcurrentQueue<Guid> HandledOnce { get; } = new();

    /// <summary>Fail with a fault (as if the database were away): retried for as long as it lasts.</summary>
    public bool Fail { get; set; }

    /// <summary>Refuse with a business error (as a 409 would): parked after Outbox:ParkAfterAttempts.</summary>
    public bool Refuse { get; set; }

    private int _deliveries;

    public int Deliveries => _deliveries;

    public void CountDelivery() => Interlocked.Increment(ref _deliveries);
}

/// <summary>A plain consumer: sees every delivery, and can be told to fail.</summary>
internal sealed class RiskRaisedProbe(ProbeState state) : INotificationHandler<RiskRaised>
{
    public Task Handle(RiskRaised notification, CancellationToken cancellationToken)
    {
        state.CountDelivery();
        if (state.Fail)
        {
            throw new InvalidOperationException("Probe told to fail.");
        }

        if (state.Refuse)
        {
            throw new BusinessRuleException("probe.refused", "Probe told to refuse.");
        }

        state.Received.Enqueue(notification);
        return Task.CompletedTask;
    }
}

/// <summary>An inbox consumer, filed under the Risk module's inbox: reacts once per event however often it arrives.</summary>
internal sealed class IdempotentRiskRaisedProbe(InboxContext context, ProbeState state) : IdempotentIntegrationEventHandler<RiskRaised>(context)
{
    protected override ModuleDescriptor ConsumerModule(ModuleCatalog catalog) => catalog.Find("risk")!;

    protected override Task HandleOnceAsync(RiskRaised integrationEvent, CancellationToken cancellationToken)
    {
        state.HandledOnce.Enqueue(integrationEvent.RiskId);
        return Task.CompletedTask;
    }
}
