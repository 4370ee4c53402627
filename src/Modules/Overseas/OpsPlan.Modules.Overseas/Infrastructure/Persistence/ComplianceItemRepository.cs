using OpsPlan.Modules.Overseas.Application.Compliance;
using OpsPlan.Modules.Overseas.Domain.Compliance;

namespace OpsPlan.Modules.Overseas.Infrastructure.Persistence;

internal sealed class ComplianceItemRepository(IUnitOfWork unitOfWork) : IComplianceItemRepository
{
    private const string SelectSql = ComplianceItemRow.SelectFromSql + " WHERE id = @Id AND market_id = @MarketId";

    private const string InsertSql = """
        INSERT INTO overseas.compliance_items (id, market_id, regulation, requirement, severity, status, due_date, evidence, reason, created_at, updated_at, version)
        VALUES (@Id, @MarketId, @Regulation, @Requirement, @Severity, @Status, @DueDate, @Evidence, @Reason, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE overseas.compliance_items
        SET regulation = @Regulation, requirement = @Requirement, severity = @Severity, status = @Status, due_date = @DueDate, evidence = @Evidence, reason = @Reason,
            updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    public async Task<ComplianceItem> GetAsync(Guid marketId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<ComplianceItemRow>(SelectSql, new { Id = id, MarketId = marketId }, "Compliance item", id, expectedVersion, cancellationToken))
        .ToDomain();

    public Task AddAsync(ComplianceItem item, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, ComplianceItemRow.Parameters(item), cancellationToken);

    public Task UpdateAsync(ComplianceItem item, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, ComplianceItemRow.Parameters(item), cancellationToken);
}
