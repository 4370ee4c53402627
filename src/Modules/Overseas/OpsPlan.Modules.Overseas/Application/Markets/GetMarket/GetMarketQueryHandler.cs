using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.GetMarket;

internal sealed class GetMarketQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetMarketQuery, MarketDto>
{
    private const string Sql = MarketRow.SelectFromSql + " WHERE id = @Id";

    public async Task<MarketDto> Handle(GetMarketQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<MarketRow>(Sql, new { request.Id }, "Market", request.Id, cancellationToken)).ToDto();
}
