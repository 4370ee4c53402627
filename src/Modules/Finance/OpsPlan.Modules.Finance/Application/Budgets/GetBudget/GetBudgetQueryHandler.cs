using OpsPlan.Modules.Finance.Contracts.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.GetBudget;

internal sealed class GetBudgetQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetBudgetQuery, BudgetDto>
{
    private const string Sql = BudgetRow.SelectFromSql + " WHERE id = @Id";

    public async Task<BudgetDto> Handle(GetBudgetQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.SingleOrNotFoundAsync<BudgetRow>(Sql, new { request.Id }, "Budget", request.Id, cancellationToken);
        return (await BudgetReader.WithLinesAsync(connection, connectionFactory.Dialect, [row], cancellationToken))[row.Id];
    }
}
