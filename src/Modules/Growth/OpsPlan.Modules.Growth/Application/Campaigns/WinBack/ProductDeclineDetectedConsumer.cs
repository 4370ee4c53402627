using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.Modules.Lifecycle.Contracts.Events;

namespace OpsPlan.Modules.Growth.Application.Campaigns.WinBack;

/// <summary>Lifecycle found a product declining: draft a win-back campaign for its users. The inbox makes a redelivered event a no-op.</summary>
internal sealed class ProductDeclineDetectedConsumer(InboxContext context, IDispatcher dispatcher) : IdempotentIntegrationEventHandler<ProductDeclineDetected>(context)
{
    protected override Task HandleOnceAsync(ProductDeclineDetected declined, CancellationToken cancellationToken) =>
        dispatcher.SendAsync(new DraftWinBackCampaignCommand(declined.ProductId, declined.Name), cancellationToken);
}
