using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates.ConvertToReportingCurrency;

internal sealed class ConvertToReportingCurrencyQueryHandler(IDbConnectionFactory connectionFactory, ExchangeRateTable rates)
    : IQueryHandler<ConvertToReportingCurrencyQuery, ReportingAmountsDto>
{
    public async Task<ReportingAmountsDto> Handle(ConvertToReportingCurrencyQuery request, CancellationToken cancellationToken)
    {
        if (request.Amounts.All(dated => dated.Amount.Currency == rates.ReportingCurrency))
        {
            return new ReportingAmountsDto(rates.ReportingCurrency, request.Amounts.Select(dated => dated.Amount).ToList());
        }

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var converter = await rates.LoadAsync(connection, null, request.Amounts.Max(dated => dated.On), cancellationToken);
        return new ReportingAmountsDto(converter.ReportingCurrency, request.Amounts.Select(dated => converter.ToReporting(dated.Amount, dated.On)).ToList());
    }
}
