using OpsPlan.Modules.Overseas.Contracts.Markets;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.UpdateMarket;

internal sealed class UpdateMarketCommandHandler(IMarketRepository markets, IClock clock) : ICommandHandler<UpdateMarketCommand, MarketDto>
{
    public async Task<MarketDto> Handle(UpdateMarketCommand request, CancellationToken cancellationToken)
    {
        var market = await markets.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (await markets.CountryTakenAsync(request.Fields.Country, market.Id, cancellationToken))
        {
            throw MarketRules.CountryTaken(request.Fields.Country);
        }

        market.Describe(MarketRules.ProfileOf(request.Fields), clock.UtcNow);
        await markets.UpdateAsync(market, cancellationToken);
        return MarketRow.ToDto(market);
    }
}
