using OpsPlan.Modules.Finance.Contracts.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.ListBudgets;

internal sealed class ListBudgetsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListBudgetsQuery, Page<BudgetDto>>
{
    public async Task<Page<BudgetDto>> Handle(ListBudgetsQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(BudgetRow.SelectFromSql, request)
            .WhereIfPresent(request.CostCenterId, "cost_center_id = @CostCenterId", "CostCenterId")
            .WhereIfPresent(request.Period, "period = @Period", "Period")
            .WhereAnyOf(request.Status, "status", "Status");

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<BudgetRow>(list.Build(connectionFactory.Dialect, cancellationToken))).ToList();
        var budgets = await BudgetReader.WithLinesAsync(connection, connectionFactory.Dialect, rows, cancellationToken);
        return list.ToPage(rows, row => (row.CreatedAt, row.UpdatedAt, row.Id), row => budgets[row.Id]);
    }
}
