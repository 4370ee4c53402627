using OpsPlan.Modules.Finance.Application.Budgets;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Infrastructure.Persistence;

internal sealed class BudgetRepository(IUnitOfWork unitOfWork) : IBudgetRepository
{
    private const string SelectSql = BudgetRow.SelectFromSql + " WHERE id = @Id";
    private const string LinesSql = BudgetLineRow.SelectFromSql + " WHERE budget_id = @Id";
    private const string PeriodTakenSql = "SELECT COUNT(*) FROM finance.budgets WHERE cost_center_id = @CostCenterId AND period = @Period";
    private const string ApprovedSql = BudgetRow.SelectFromSql
        + " WHERE cost_center_id IN @CostCenterIds AND status = 'approved' AND starts_on <= @To AND ends_on >= @From";
    private const string LinesOfSql = BudgetLineRow.SelectFromSql + " WHERE budget_id IN @Ids";
    private const string DeleteLinesSql = "DELETE FROM finance.budget_lines WHERE budget_id = @Id";
    private const string LineStateSql = "UPDATE finance.budget_lines SET state = @State WHERE budget_id = @BudgetId AND category = @Category";

    private const string InsertSql = """
        INSERT INTO finance.budgets (id, cost_center_id, period, starts_on, ends_on, currency, status, warning_threshold_bp, created_at, updated_at, version)
        VALUES (@Id, @CostCenterId, @Period, @StartsOn, @EndsOn, @Currency, @Status, @WarningThresholdBasisPoints, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string InsertLineSql = """
        INSERT INTO finance.budget_lines (budget_id, category, amount_minor, state) VALUES (@BudgetId, @Category, @AmountMinor, @State)
        """;

    private const string UpdateSql = """
        UPDATE finance.budgets
        SET status = @Status, warning_threshold_bp = @WarningThresholdBasisPoints, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string InsertRevisionSql = """
        INSERT INTO finance.budget_revisions (id, budget_id, revised_by, revised_at, reason, budget_version)
        VALUES (@Id, @BudgetId, @RevisedBy, @RevisedAt, @Reason, @BudgetVersion)
        """;

    private const string InsertRevisionChangeSql = """
        INSERT INTO finance.budget_revision_changes (revision_id, category, previous_minor, amount_minor)
        VALUES (@RevisionId, @Category, @PreviousMinor, @AmountMinor)
        """;

    public async Task<Budget> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.LoadAsync<BudgetRow>(SelectSql, new { Id = id }, "Budget", id, expectedVersion, cancellationToken);
        var lines = await unitOfWork.QueryAsync<BudgetLineRow>(LinesSql, new { Id = id }, cancellationToken);
        return row.ToDomain(lines);
    }

    public async Task<bool> PeriodTakenAsync(Guid costCenterId, string period, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(PeriodTakenSql, new { CostCenterId = costCenterId, Period = period }, cancellationToken) > 0;

    public async Task<IReadOnlyList<Budget>> ApprovedForAsync(IReadOnlyCollection<Guid> costCenterIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = (await unitOfWork.QueryAsync<BudgetRow>(ApprovedSql,
            new { CostCenterIds = unitOfWork.Dialect.IdList(costCenterIds), From = from, To = to }, cancellationToken)).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var lines = (await unitOfWork.QueryAsync<BudgetLineRow>(LinesOfSql, new { Ids = unitOfWork.Dialect.IdList(rows.Select(row => row.Id)) }, cancellationToken))
            .ToLookup(line => line.BudgetId);
        return rows.Select(row => row.ToDomain(lines[row.Id])).ToList();
    }

    public async Task AddAsync(Budget budget, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteAsync(InsertSql, BudgetRow.Parameters(budget), cancellationToken);
        await InsertLinesAsync(budget, cancellationToken);
    }

    public async Task UpdateAsync(Budget budget, CancellationToken cancellationToken)
    {
        await unitOfWork.UpdateVersionedAsync(UpdateSql, BudgetRow.Parameters(budget), cancellationToken);

        await unitOfWork.ExecuteAsync(DeleteLinesSql, new { budget.Id }, cancellationToken);
        await InsertLinesAsync(budget, cancellationToken);
    }

    public Task SaveLineStatesAsync(Budget budget, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(LineStateSql, budget.Lines.Select(line => BudgetLineRow.Parameters(budget.Id, line)).ToList(), cancellationToken);

    public async Task AddRevisionAsync(BudgetRevision revision, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteAsync(InsertRevisionSql, new
        {
            revision.Id,
            revision.BudgetId,
            revision.RevisedBy,
            revision.RevisedAt,
            revision.Reason,
            revision.BudgetVersion,
        }, cancellationToken);
        await unitOfWork.ExecuteAsync(InsertRevisionChangeSql, revision.Changes.Select(change => new
        {
            RevisionId = revision.Id,
            Category = EnumText.ToText(change.Category),
            PreviousMinor = change.PreviousAmount.MinorUnits,
            AmountMinor = change.Amount.MinorUnits,
        }).ToList(), cancellationToken);
    }

    private Task<int> InsertLinesAsync(Budget budget, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertLineSql, budget.Lines.Select(line => BudgetLineRow.Parameters(budget.Id, line)).ToList(), cancellationToken);
}
