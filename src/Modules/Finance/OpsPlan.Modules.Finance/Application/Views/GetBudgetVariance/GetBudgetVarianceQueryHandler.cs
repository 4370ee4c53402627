using OpsPlan.Modules.Finance.Application.Budgets;
using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Views.GetBudgetVariance;

internal sealed class GetBudgetVarianceQueryHandler(IDbConnectionFactory connectionFactory, ExchangeRateTable rates, IClock clock)
    : IQueryHandler<GetBudgetVarianceQuery, BudgetVarianceDto>
{
    private const string BudgetSql = BudgetRow.SelectFromSql + " WHERE id = @Id";
    private const string LinesSql = BudgetLineRow.SelectFromSql + " WHERE budget_id = @Id";

    public async Task<BudgetVarianceDto> Handle(GetBudgetVarianceQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.SingleOrNotFoundAsync<BudgetRow>(BudgetSql, new { Id = request.BudgetId }, "Budget", request.BudgetId, cancellationToken);
        var budget = row.ToDomain(await connection.QueryAsync<BudgetLineRow>(new CommandDefinition(LinesSql, new { Id = row.Id }, cancellationToken: cancellationToken)));

        var today = DateOnly.FromDateTime(clock.UtcNow);
        var asOf = today < budget.Period.EndsOn ? today : budget.Period.EndsOn;
        var converter = await rates.LoadAsync(connection, null, asOf, cancellationToken);
        var actuals = await BudgetActuals.NetSpendAsync(connection, null, budget, converter, asOf, strict: true, cancellationToken);
        var daysElapsed = Math.Clamp(today.DayNumber - budget.Period.StartsOn.DayNumber + 1, 0, budget.Period.Days);

        var lines = budget.Lines.Select(line =>
        {
            var actual = BudgetActuals.Of(actuals, line.Category, budget.Currency);
            return new VarianceLineDto(line.Category, line.Amount, actual, line.Amount.Subtract(actual), Consumption.PercentConsumed(line.Amount, actual),
                Consumption.ProjectedAtPeriodEnd(actual, daysElapsed, budget.Period.Days), Consumption.StateOf(line.Amount, actual, budget.WarningThresholdPercent));
        }).ToList();

        // Spend in a category without a line still counts against the total.
        var totalActual = actuals.Values.Aggregate(Money.FromMinorUnits(0, budget.Currency), (sum, actual) => sum.Add(actual));
        var total = new VarianceTotalDto(budget.Total, totalActual, budget.Total.Subtract(totalActual), Consumption.PercentConsumed(budget.Total, totalActual),
            Consumption.ProjectedAtPeriodEnd(totalActual, daysElapsed, budget.Period.Days), Consumption.StateOf(budget.Total, totalActual, budget.WarningThresholdPercent));
        return new BudgetVarianceDto(budget.Id, budget.CostCenterId, budget.Period.Text, budget.Currency, asOf, daysElapsed, budget.Period.Days, lines, total);
    }
}
