using OpsPlan.Modules.Finance.Application.CostCenters;
using OpsPlan.Modules.Finance.Domain.CostCenters;

namespace OpsPlan.Modules.Finance.Infrastructure.Persistence;

internal sealed class CostCenterRepository(IUnitOfWork unitOfWork) : ICostCenterRepository
{
    // A tree deeper than this is a data error, not an organisation chart.
    private const int MaxDepth = 64;

    private const string SelectSql = CostCenterRow.SelectFromSql + " WHERE id = @Id";
    private const string ExistsSql = "SELECT COUNT(*) FROM finance.cost_centers WHERE id = @Id";
    private const string CodeTakenSql = "SELECT COUNT(*) FROM finance.cost_centers WHERE code = @Code";
    private const string ExistingSql = "SELECT id AS Id FROM finance.cost_centers WHERE id IN @Ids";
    private const string InUseSql = """
        SELECT CASE WHEN EXISTS (SELECT 1 FROM finance.cost_centers WHERE parent_id = @Id)
                      OR EXISTS (SELECT 1 FROM finance.budgets WHERE cost_center_id = @Id)
                      OR EXISTS (SELECT 1 FROM finance.transactions WHERE cost_center_id = @Id)
                    THEN 1 ELSE 0 END
        """;
    private const string DeleteSql = "DELETE FROM finance.cost_centers WHERE id = @Id AND version = @LoadedVersion";

    private const string InsertSql = """
        INSERT INTO finance.cost_centers (id, code, name, owner, parent_id, archived, created_at, updated_at, version)
        VALUES (@Id, @Code, @Name, @Owner, @ParentId, @Archived, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE finance.cost_centers
        SET name = @Name, owner = @Owner, parent_id = @ParentId, archived = @Archived, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    public async Task<CostCenter> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.LoadAsync<CostCenterRow>(SelectSql, new { Id = id }, "Cost center", id, expectedVersion, cancellationToken);
        return row.ToDomain();
    }

    public async Task<CostCenter?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await unitOfWork.QuerySingleOrDefaultAsync<CostCenterRow>(SelectSql, new { Id = id }, cancellationToken))?.ToDomain();

    public async Task<IReadOnlySet<Guid>> ExistingAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new HashSet<Guid>()
            : (await unitOfWork.QueryAsync<CostCenterRow>(ExistingSql, new { Ids = unitOfWork.Dialect.IdList(ids) }, cancellationToken)).Select(row => row.Id).ToHashSet();

    public async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(ExistsSql, new { Id = id }, cancellationToken) > 0;

    public async Task<bool> CodeTakenAsync(string code, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(CodeTakenSql, new { Code = code }, cancellationToken) > 0;

    // One indexed read per level: the same text on both providers, where a recursive CTE is spelled differently.
    public async Task<IReadOnlyList<Guid>> ChainToRootAsync(Guid id, CancellationToken cancellationToken)
    {
        var chain = new List<Guid> { id };
        for (var current = (Guid?)id; chain.Count <= MaxDepth;)
        {
            // Read as a row: a scalar NULL would reach the GUID type handler as DBNull.
            current = (await unitOfWork.QuerySingleOrDefaultAsync<CostCenterRow>(SelectSql, new { Id = current }, cancellationToken))?.ParentId;
            if (current is not { } parent || chain.Contains(parent))
            {
                return chain;
            }

            chain.Add(parent);
        }

        return chain;
    }

    public async Task<bool> InUseAsync(Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(InUseSql, new { Id = id }, cancellationToken) > 0;

    public Task AddAsync(CostCenter costCenter, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, CostCenterRow.Parameters(costCenter), cancellationToken);

    public async Task UpdateAsync(CostCenter costCenter, CancellationToken cancellationToken)
    {
        await unitOfWork.UpdateVersionedAsync(UpdateSql, CostCenterRow.Parameters(costCenter), cancellationToken);
    }

    public async Task DeleteAsync(CostCenter costCenter, CancellationToken cancellationToken)
    {
        await unitOfWork.UpdateVersionedAsync(DeleteSql, new { costCenter.Id, costCenter.LoadedVersion }, cancellationToken);
    }
}
