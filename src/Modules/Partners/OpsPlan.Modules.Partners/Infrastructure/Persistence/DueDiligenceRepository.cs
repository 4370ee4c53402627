using OpsPlan.Modules.Partners.Application.DueDiligence;
using OpsPlan.Modules.Partners.Domain.DueDiligence;

namespace OpsPlan.Modules.Partners.Infrastructure.Persistence;

internal sealed class DueDiligenceRepository(IUnitOfWork unitOfWork) : IDueDiligenceRepository
{
    private const string SelectSql = DueDiligenceItemRow.SelectFromSql + " WHERE id = @Id AND partner_id = @PartnerId";

    private const string InsertSql = """
        INSERT INTO partners.due_diligence_items (id, partner_id, position, area, title, required, status, evidence, reviewer, reviewed_at, review_note,
                                                  created_at, updated_at, version)
        VALUES (@Id, @PartnerId, @Position, @Area, @Title, @Required, @Status, @Evidence, @Reviewer, @ReviewedAt, @ReviewNote, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE partners.due_diligence_items
        SET status = @Status, evidence = @Evidence, reviewer = @Reviewer, reviewed_at = @ReviewedAt, review_note = @ReviewNote, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    public async Task<DueDiligenceItem> GetAsync(Guid partnerId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<DueDiligenceItemRow>(SelectSql, new { Id = id, PartnerId = partnerId }, "DueDiligenceItem", id, expectedVersion, cancellationToken))
        .ToDomain();

    public async Task<IReadOnlyList<DueDiligenceItem>> ChecklistAsync(Guid partnerId, CancellationToken cancellationToken) =>
        (await unitOfWork.QueryAsync<DueDiligenceItemRow>(DueDiligenceSql.ChecklistSql, new { PartnerId = partnerId }, cancellationToken)).Select(row => row.ToDomain()).ToList();

    public Task AddAsync(IReadOnlyCollection<DueDiligenceItem> items, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, items.Select(DueDiligenceItemRow.Parameters).ToList(), cancellationToken);

    public Task UpdateAsync(DueDiligenceItem item, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, DueDiligenceItemRow.Parameters(item), cancellationToken);
}
