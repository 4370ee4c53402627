using OpsPlan.Modules.Finance.Application.Budgets;
using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Views.ListBudgetLinesAtRisk;

/// <summary>
/// The state each line last reached (kept on every write by <see cref="BudgetAlerts"/>) picks the few budgets to look
/// at; their spend is then summed from the monthly totals and judged again, so the figures shown agree with the state.
/// </summary>
internal sealed class ListBudgetLinesAtRiskQueryHandler(IDbConnectionFactory connectionFactory, ExchangeRateTable rates, IClock clock)
    : IQueryHandler<ListBudgetLinesAtRiskQuery, IReadOnlyList<BudgetLineAtRiskDto>>
{
    private const string BudgetsSql = BudgetRow.SelectFromSql + """
         WHERE status = 'approved' AND starts_on <= @To AND ends_on >= @From
           AND id IN (SELECT budget_id FROM finance.budget_lines WHERE state IN ('warning', 'over'))
        """;

    private const string LinesSql = BudgetLineRow.SelectFromSql + " WHERE budget_id IN @Ids";
    private const string CostCenterCodesSql = "SELECT id AS Id, code AS Code FROM finance.cost_centers WHERE id IN @Ids";

    public async Task<IReadOnlyList<BudgetLineAtRiskDto>> Handle(ListBudgetLinesAtRiskQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<BudgetRow>(new CommandDefinition(BudgetsSql, request, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var lines = (await connection.QueryAsync<BudgetLineRow>(new CommandDefinition(LinesSql, new { Ids = connectionFactory.Dialect.IdList(rows.Select(row => row.Id)) },
            cancellationToken: cancellationToken))).ToLookup(line => line.BudgetId);
        var codes = (await connection.QueryAsync<CostCenterCode>(new CommandDefinition(CostCenterCodesSql,
            new { Ids = connectionFactory.Dialect.IdList(rows.Select(row => row.CostCenterId).Distinct()) }, cancellationToken: cancellationToken))).ToDictionary(row => row.Id, row => row.Code);
        var today = DateOnly.FromDateTime(clock.UtcNow);
        var converter = await rates.LoadAsync(connection, null, today, cancellationToken);

        var atRisk = new List<BudgetLineAtRiskDto>();
        foreach (var budget in rows.Select(row => row.ToDomain(lines[row.Id])))
        {
            var asOf = today < budget.Period.EndsOn ? today : budget.Period.EndsOn;
            var actuals = await BudgetActuals.NetSpendAsync(connection, null, budget, converter, asOf, strict: false, cancellationToken);
            foreach (var line in budget.Lines)
            {
                var actual = BudgetActuals.Of(actuals, line.Category, budget.Currency);
                var state = Consumption.StateOf(line.Amount, actual, budget.WarningThresholdPercent);
                if (state != BudgetLineState.Ok)
                {
                    atRisk.Add(new BudgetLineAtRiskDto(budget.Id, budget.CostCenterId, codes.GetValueOrDefault(budget.CostCenterId, ""), budget.Period.Text,
                        line.Category, line.Amount, actual, Consumption.PercentConsumed(line.Amount, actual), state));
                }
            }
        }

        return atRisk.OrderByDescending(line => line.State).ThenByDescending(line => line.PercentConsumed ?? decimal.MaxValue)
            .ThenBy(line => line.CostCenterCode, StringComparer.Ordinal).ThenBy(line => line.Category).ToList();
    }

    private sealed class CostCenterCode
    {
        public Guid Id { get; init; }

        public string Code { get; init; } = "";
    }
}
