using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.Modules.Partners.Contracts.Events;

namespace OpsPlan.Modules.Risk.Application.Risks.PartnerAlerts;

/// <summary>A terminated partner re-scores (or raises) the partner's one risk: whatever it supplied must be replaced.</summary>
internal sealed class PartnerTerminatedConsumer(InboxContext context, IDispatcher dispatcher) : IdempotentIntegrationEventHandler<PartnerTerminated>(context)
{
    protected override Task HandleOnceAsync(PartnerTerminated terminated, CancellationToken cancellationToken) =>
        dispatcher.SendAsync(PartnerRisk.Raise(terminated.PartnerId, $"{terminated.Name} is terminated",
            $"{terminated.Name} was terminated on {terminated.TerminatedAt:yyyy-MM-dd}: {terminated.Reason} Whatever it supplied must move to another partner.", 5, 4,
            "Partners reported a termination."), cancellationToken);
}
