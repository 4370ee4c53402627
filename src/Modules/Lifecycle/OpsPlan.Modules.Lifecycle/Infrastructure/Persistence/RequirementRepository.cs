using OpsPlan.Modules.Lifecycle.Application.Requirements;
using OpsPlan.Modules.Lifecycle.Domain.Requirements;

namespace OpsPlan.Modules.Lifecycle.Infrastructure.Persistence;

internal sealed class RequirementRepository(IUnitOfWork unitOfWork) : IRequirementRepository
{
    private const string SelectSql = RequirementRow.SelectFromSql + " WHERE id = @Id AND product_id = @ProductId";
    private const string ByIdsSqlite = RequirementRow.SelectFromSql + " WHERE product_id = @ProductId AND id IN (SELECT value FROM json_each(@Ids))";
    private const string ByIdsSqlServer = RequirementRow.SelectFromSql
        + " WHERE product_id = @ProductId AND id IN (SELECT CAST(value AS UNIQUEIDENTIFIER) FROM OPENJSON(@Ids))";

    private const string InsertSql = """
        INSERT INTO lifecycle.requirements (id, product_id, title, description, source, priority, status, feedback_ids, target_version, delivered_in_release_id,
                                            created_at, updated_at, version)
        VALUES (@Id, @ProductId, @Title, @Description, @Source, @Priority, @Status, @FeedbackIds, @TargetVersion, @DeliveredInReleaseId,
                @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE lifecycle.requirements
        SET title = @Title, description = @Description, source = @Source, priority = @Priority, status = @Status, feedback_ids = @FeedbackIds,
            target_version = @TargetVersion, delivered_in_release_id = @DeliveredInReleaseId, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    public async Task<Requirement> GetAsync(Guid productId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<RequirementRow>(SelectSql, new { Id = id, ProductId = productId }, "Requirement", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<IReadOnlyList<Requirement>> FindAsync(Guid productId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : (await unitOfWork.QueryAsync<RequirementRow>(unitOfWork.Dialect.Pick(ByIdsSqlite, ByIdsSqlServer), new { ProductId = productId, Ids = JsonRows.Ids(ids) },
                cancellationToken)).Select(row => row.ToDomain()).ToList();

    public Task AddAsync(Requirement requirement, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, RequirementRow.Parameters(requirement), cancellationToken);

    public Task UpdateAsync(IReadOnlyCollection<Requirement> requirements, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, requirements.Select(RequirementRow.Parameters).ToList(), cancellationToken);
}
