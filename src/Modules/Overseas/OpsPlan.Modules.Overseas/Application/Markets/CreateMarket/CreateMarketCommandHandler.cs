using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Overseas.Contracts.Markets;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.CreateMarket;

internal sealed class CreateMarketCommandHandler(IMarketRepository markets, ICurrentUser user, IClock clock) : ICommandHandler<CreateMarketCommand, MarketDto>
{
    public async Task<MarketDto> Handle(CreateMarketCommand request, CancellationToken cancellationToken)
    {
        if (await markets.CountryTakenAsync(request.Fields.Country, null, cancellationToken))
        {
            throw MarketRules.CountryTaken(request.Fields.Country);
        }

        var (market, first) = Market.Open(MarketRules.ProfileOf(request.Fields), user.Id, clock.UtcNow);
        await markets.AddAsync(market, first, cancellationToken);
        return MarketRow.ToDto(market);
    }
}
