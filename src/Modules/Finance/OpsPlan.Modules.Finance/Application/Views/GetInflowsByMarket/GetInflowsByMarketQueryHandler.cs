using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Finance.Application.Views.GetInflowsByMarket;

/// <summary>Inflows summed per market, day and currency in SQL, then converted at each day's rate and added up per market.</summary>
internal sealed class GetInflowsByMarketQueryHandler(IDbConnectionFactory connectionFactory, ExchangeRateTable rates) : IQueryHandler<GetInflowsByMarketQuery, MarketInflowsDto>
{
    private const string Sql = """
        SELECT market AS Market, occurred_on AS OccurredOn, currency AS Currency, SUM(amount_minor) AS AmountMinor
        FROM finance.transactions
        WHERE market IS NOT NULL AND direction = 'inflow' AND occurred_on >= @From AND occurred_on <= @To
        GROUP BY market, occurred_on, currency
        """;

    public async Task<MarketInflowsDto> Handle(GetInflowsByMarketQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var days = (await connection.QueryAsync<DayRow>(new CommandDefinition(Sql, request, cancellationToken: cancellationToken))).ToList();
        var converter = await rates.LoadAsync(connection, null, request.To, cancellationToken);
        var zero = Money.FromMinorUnits(0, converter.ReportingCurrency);
        return new MarketInflowsDto(converter.ReportingCurrency, days.GroupBy(day => day.Market).OrderBy(market => market.Key, StringComparer.Ordinal)
            .Select(market => new MarketInflowDto(market.Key,
                market.Aggregate(zero, (total, day) => total.Add(converter.ToReporting(Money.FromMinorUnits(day.AmountMinor, day.Currency), day.OccurredOn)))))
            .ToList());
    }

    private sealed class DayRow
    {
        public string Market { get; init; } = "";

        public DateOnly OccurredOn { get; init; }

        public string Currency { get; init; } = "";

        public long AmountMinor { get; init; }
    }
}
