using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Finance.Application.Views.GetPartnerMoney;

/// <summary>The transactions naming the partner summed per day, direction and currency in SQL, then converted at each day's rate and added up per month.</summary>
internal sealed class GetPartnerMoneyQueryHandler(IDbConnectionFactory connectionFactory, ExchangeRateTable rates) : IQueryHandler<GetPartnerMoneyQuery, PartnerMoneyDto>
{
    private const string Sql = """
        SELECT occurred_on AS OccurredOn, direction AS Direction, currency AS Currency, SUM(amount_minor) AS AmountMinor
        FROM finance.transactions
        WHERE partner_id = @PartnerId AND occurred_on >= @From AND occurred_on <= @To
        GROUP BY occurred_on, direction, currency
        """;

    public async Task<PartnerMoneyDto> Handle(GetPartnerMoneyQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var days = (await connection.QueryAsync<DayRow>(new CommandDefinition(Sql, request, cancellationToken: cancellationToken))).ToList();
        var converter = await rates.LoadAsync(connection, null, request.To, cancellationToken);
        var zero = Money.FromMinorUnits(0, converter.ReportingCurrency);
        var months = days
            .GroupBy(day => new DateOnly(day.OccurredOn.Year, day.OccurredOn.Month, 1))
            .OrderBy(month => month.Key)
            .Select(month =>
            {
                Money Total(string direction) => month.Where(day => day.Direction == direction)
                    .Aggregate(zero, (total, day) => total.Add(converter.ToReporting(Money.FromMinorUnits(day.AmountMinor, day.Currency), day.OccurredOn)));
                return new PartnerMoneyMonthDto(month.Key, Total("outflow"), Total("inflow"));
            })
            .ToList();
        return new PartnerMoneyDto(converter.ReportingCurrency, months);
    }

    private sealed class DayRow
    {
        public DateOnly OccurredOn { get; init; }

        public string Direction { get; init; } = "";

        public string Currency { get; init; } = "";

        public long AmountMinor { get; init; }
    }
}
