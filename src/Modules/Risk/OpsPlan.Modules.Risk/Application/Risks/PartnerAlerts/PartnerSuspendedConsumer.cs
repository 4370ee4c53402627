using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.Modules.Partners.Contracts.Events;

namespace OpsPlan.Modules.Risk.Application.Risks.PartnerAlerts;

/// <summary>A suspended partner is one partner risk per partner; a later suspension or termination re-scores the same risk.</summary>
internal sealed class PartnerSuspendedConsumer(InboxContext context, IDispatcher dispatcher) : IdempotentIntegrationEventHandler<PartnerSuspended>(context)
{
    protected override Task HandleOnceAsync(PartnerSuspended suspended, CancellationToken cancellationToken) =>
        dispatcher.SendAsync(PartnerRisk.Raise(suspended.PartnerId, $"{suspended.Name} is suspended",
            $"{suspended.Name} was suspended on {suspended.SuspendedAt:yyyy-MM-dd}: {suspended.Reason} Its services and supplies may stop.", 4, 3,
            "Partners reported a suspension."), cancellationToken);
}
