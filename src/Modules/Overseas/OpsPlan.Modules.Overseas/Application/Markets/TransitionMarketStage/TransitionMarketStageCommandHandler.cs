using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Events;
using OpsPlan.Modules.Overseas.Contracts.Markets;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.TransitionMarketStage;

/// <summary>Moves a market's stage (into launch only through the launch gate), records the move and publishes it.</summary>
internal sealed class TransitionMarketStageCommandHandler(IMarketRepository markets, LaunchGate launchGate, IOutbox outbox, ICurrentUser user, IClock clock)
    : ICommandHandler<TransitionMarketStageCommand, MarketDto>
{
    public async Task<MarketDto> Handle(TransitionMarketStageCommand request, CancellationToken cancellationToken)
    {
        var market = await markets.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        var target = request.Stage!.Value;
        var from = market.Stage;
        var missing = target == MarketStage.Launch && Market.Stages.CanMove(from, target) ? await launchGate.MissingAsync(market, cancellationToken) : [];
        var now = clock.UtcNow;
        var change = market.MoveTo(target, missing, request.Reason!, user.Id, now);

        await markets.UpdateAsync(market, cancellationToken);
        await markets.AddStageChangeAsync(change, cancellationToken);
        await outbox.EnqueueAsync(new MarketStageChanged(market.Id, market.Profile.Country, from, target, change.Reason, now), cancellationToken);
        return MarketRow.ToDto(market);
    }
}
