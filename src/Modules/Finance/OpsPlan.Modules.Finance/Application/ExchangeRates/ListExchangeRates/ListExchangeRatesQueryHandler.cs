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
        return await list.ReadAsync(connectionFactory, (ExchangeRateRow row) => row.ToDto(rates.ReportingCurrency), cancellationToken);
    }
}
