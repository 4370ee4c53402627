using OpsPlan.Modules.Finance.Contracts.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.ListBudgetRevisions;

internal sealed class ListBudgetRevisionsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListBudgetRevisionsQuery, Page<BudgetRevisionDto>>
{
    private const string BudgetExistsSql = "SELECT COUNT(*) FROM finance.budgets WHERE id = @BudgetId";
    private const string ChangesOfSql = BudgetRevisionChangeRow.SelectFromSql + " WHERE revision_id IN @Ids";

    public async Task<Page<BudgetRevisionDto>> Handle(ListBudgetRevisionsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(BudgetExistsSql, new { request.BudgetId }, "Budget", request.BudgetId, cancellationToken);

        // Revisions are never edited, so their creation time is also their update time.
        var list = new KeysetListSql(BudgetRevisionRow.SelectFromSql, request, "r.revised_at", "r.revised_at", "r.id")
            .WhereIfPresent(request.BudgetId, "r.budget_id = @BudgetId", "BudgetId");
        var rows = (await connection.QueryAsync<BudgetRevisionRow>(list.Build(connectionFactory.Dialect, cancellationToken))).ToList();
        var changes = rows.Count == 0
            ? Enumerable.Empty<BudgetRevisionChangeRow>().ToLookup(change => change.RevisionId)
            : (await connection.QueryAsync<BudgetRevisionChangeRow>(new CommandDefinition(ChangesOfSql,
                new { Ids = connectionFactory.Dialect.IdList(rows.Select(row => row.Id)) }, cancellationToken: cancellationToken))).ToLookup(change => change.RevisionId);
        return list.ToPage(rows, row => (row.RevisedAt, row.RevisedAt, row.Id), row => BudgetRevisionRows.ToDto(row, changes[row.Id]));
    }
}
