using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Views.GetSpendSummary;

/// <summary>Exact sums of the monthly totals per cost center, category and currency in SQL; converted once per group at the period's rate.</summary>
internal sealed class GetSpendSummaryQueryHandler(IDbConnectionFactory connectionFactory, ExchangeRateTable rates, IClock clock)
    : IQueryHandler<GetSpendSummaryQuery, SpendSummaryDto>
{
    private const string SelectSums = """
        SELECT t.cost_center_id AS CostCenterId, c.code AS CostCenterCode, t.category AS Category, t.currency AS Currency,
               SUM(t.inflow_minor) AS InflowMinor, SUM(t.outflow_minor) AS OutflowMinor
        FROM finance.spend_monthly_totals t JOIN finance.cost_centers c ON c.id = t.cost_center_id
        WHERE t.month >= @StartsOn AND t.month <= @EndsOn
        """;

    private const string GroupBy = " GROUP BY t.cost_center_id, c.code, t.category, t.currency";
    private const string AllCostCentersSql = SelectSums + GroupBy;
    private const string OneCostCenterSql = SelectSums + " AND t.cost_center_id = @CostCenterId" + GroupBy;

    public async Task<SpendSummaryDto> Handle(GetSpendSummaryQuery request, CancellationToken cancellationToken)
    {
        var period = FiscalPeriod.Parse(request.Period!);
        var today = DateOnly.FromDateTime(clock.UtcNow);
        var asOf = today < period.EndsOn ? today : period.EndsOn;

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var converter = await rates.LoadAsync(connection, null, asOf, cancellationToken);
        var sums = await connection.QueryAsync<SpendSumRow>(new CommandDefinition(request.CostCenterId is null ? AllCostCentersSql : OneCostCenterSql,
            new { period.StartsOn, period.EndsOn, request.CostCenterId }, cancellationToken: cancellationToken));

        var zero = Money.FromMinorUnits(0, converter.ReportingCurrency);
        var rows = sums
            .GroupBy(sum => (sum.CostCenterId, sum.CostCenterCode, sum.Category))
            .Select(group =>
            {
                Money Total(Func<SpendSumRow, long> minorUnits) =>
                    group.Aggregate(zero, (total, sum) => total.Add(converter.ToReporting(Money.FromMinorUnits(minorUnits(sum), sum.Currency), asOf)));
                var (outflow, inflow) = (Total(sum => sum.OutflowMinor), Total(sum => sum.InflowMinor));
                return new SpendSummaryRowDto(group.Key.CostCenterId, group.Key.CostCenterCode, EnumText.Parse<SpendCategory>(group.Key.Category),
                    outflow, inflow, outflow.Subtract(inflow));
            })
            .OrderBy(row => row.CostCenterCode, StringComparer.Ordinal).ThenBy(row => row.Category)
            .ToList();

        var totalOut = rows.Aggregate(zero, (total, row) => total.Add(row.Outflow));
        var totalIn = rows.Aggregate(zero, (total, row) => total.Add(row.Inflow));
        return new SpendSummaryDto(period.Text, period.StartsOn, period.EndsOn, converter.ReportingCurrency, rows, new SpendFiguresDto(totalOut, totalIn, totalOut.Subtract(totalIn)));
    }

    private sealed class SpendSumRow
    {
        public Guid CostCenterId { get; init; }

        public string CostCenterCode { get; init; } = "";

        public string Category { get; init; } = "";

        public string Currency { get; init; } = "";

        public long InflowMinor { get; init; }

        public long OutflowMinor { get; init; }
    }
}
