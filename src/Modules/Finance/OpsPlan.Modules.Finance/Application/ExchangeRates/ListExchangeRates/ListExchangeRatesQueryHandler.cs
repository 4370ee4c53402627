using Dapper;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates.ListExchangeRates;

internal sealed class ListExchangeRatesQueryHandler(IDbConnectionFactory connectionFactory, ExchangeRateTable rates) : IQueryHandler<ListExchangeRatesQuery, Page<ExchangeRateDto>>
{
    public async Task<Page<ExchangeRateDto>> Handle(ListExchangeRatesQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(ExchangeRateRow.SelectFromSql, request)
            .WhereIfPresent(request.Currency, "currency = @Currency", "Currency")
            .WhereIfPresent(request.From, "effective_on >= @From", "From")
            .WhereIfPresent(request.To, "effective_on <= @To", "To");
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExchangeRateRow>(list.Build(connectionFactory.Dialect, cancellationToken));
        return list.ToPage(rows, row => (row.CreatedAt, row.UpdatedAt, row.Id), row => row.ToDto(rates.ReportingCurrency));
    }
}
