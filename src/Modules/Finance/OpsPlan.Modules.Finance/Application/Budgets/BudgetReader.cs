using System.Data.Common;
using OpsPlan.BuildingBlocks.Persistence.Dialects;
using OpsPlan.Modules.Finance.Contracts.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets;

/// <summary>Reads budgets with their lines for the query side: one query for the budgets, one for all their lines.</summary>
internal static class BudgetReader
{
    private const string LinesOfSql = BudgetLineRow.SelectFromSql + " WHERE budget_id IN @Ids";

    public static async Task<IReadOnlyDictionary<Guid, BudgetDto>> WithLinesAsync(DbConnection connection, SqlDialect dialect, IReadOnlyCollection<BudgetRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return new Dictionary<Guid, BudgetDto>();
        }

        var lines = (await connection.QueryAsync<BudgetLineRow>(new CommandDefinition(LinesOfSql, new { Ids = dialect.IdList(rows.Select(row => row.Id)) }, cancellationToken: cancellationToken)))
            .ToLookup(line => line.BudgetId);
        return rows.ToDictionary(row => row.Id, row => BudgetRow.ToDto(row.ToDomain(lines[row.Id])));
    }
}
