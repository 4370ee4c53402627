using OpsPlan.Modules.Risk.Application.Mitigations;
using OpsPlan.Modules.Risk.Domain.Mitigations;

namespace OpsPlan.Modules.Risk.Infrastructure.Persistence;

internal sealed class MitigationRepository(IUnitOfWork unitOfWork) : IMitigationRepository
{
    private const string SelectSql = MitigationRow.SelectFromSql + " WHERE risk_id = @RiskId AND id = @MitigationId";

    private const string InsertSql = """
        INSERT INTO risk.mitigations (id, risk_id, action, owner, due_date, status, completed_at, created_at, updated_at, version)
        VALUES (@Id, @RiskId, @Action, @Owner, @DueDate, @Status, @CompletedAt, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE risk.mitigations
        SET action = @Action, owner = @Owner, due_date = @DueDate, status = @Status, completed_at = @CompletedAt,
            updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    public async Task<Mitigation> GetAsync(Guid riskId, Guid mitigationId, ExpectedVersion? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.LoadAsync<MitigationRow>(SelectSql, new { RiskId = riskId, MitigationId = mitigationId }, "Mitigation", mitigationId, expectedVersion, cancellationToken);
        return row.ToDomain();
    }

    public Task AddAsync(Mitigation mitigation, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, MitigationRow.Parameters(mitigation), cancellationToken);

    public async Task UpdateAsync(Mitigation mitigation, CancellationToken cancellationToken)
    {
        await unitOfWork.UpdateVersionedAsync(UpdateSql, MitigationRow.Parameters(mitigation), cancellationToken);
    }
}
