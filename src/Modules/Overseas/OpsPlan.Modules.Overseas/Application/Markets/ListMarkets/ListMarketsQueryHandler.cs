using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.ListMarkets;

/// <summary>Markets by stage, owner or country.</summary>
internal sealed class ListMarketsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListMarketsQuery, Page<MarketDto>>
{
    public async Task<Page<MarketDto>> Handle(ListMarketsQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(MarketRow.SelectFromSql, request, sortable: MarketSorting.Keys)
            .WhereAnyOf(request.Stage, "stage", "Stage")
            .WhereIfPresent(request.Owner, "owner = @Owner", "Owner")
            .WhereIfPresent(request.Country, "country = @Country", "Country");
        return await list.ReadAsync(connectionFactory, (MarketRow row) => row.ToDto(), cancellationToken);
    }
}
