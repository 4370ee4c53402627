using OpsPlan.Modules.Lifecycle.Application.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;

namespace OpsPlan.Modules.Lifecycle.Infrastructure.Persistence;

internal sealed class FeedbackRepository(IUnitOfWork unitOfWork) : IFeedbackRepository
{
    private const string SelectSql = FeedbackRow.SelectFromSql + " WHERE id = @Id AND product_id = @ProductId";
    private const string ByIdsSqlite = FeedbackRow.SelectFromSql + " WHERE product_id = @ProductId AND id IN (SELECT value FROM json_each(@Ids))";
    private const string ByIdsSqlServer = FeedbackRow.SelectFromSql
        + " WHERE product_id = @ProductId AND id IN (SELECT CAST(value AS UNIQUEIDENTIFIER) FROM OPENJSON(@Ids))";
    private const string ByExternalIdsSqlite = FeedbackRow.SelectFromSql + " WHERE external_id IN (SELECT value FROM json_each(@ExternalIds))";
    private const string ByExternalIdsSqlServer = FeedbackRow.SelectFromSql + " WHERE external_id IN (SELECT value FROM OPENJSON(@ExternalIds))";

    private const string InsertSql = """
        INSERT INTO lifecycle.feedback (id, product_id, external_id, source, rating, category, text, status, received_at, fixed_in_release_id,
                                        created_at, updated_at, version)
        VALUES (@Id, @ProductId, @ExternalId, @Source, @Rating, @Category, @Text, @Status, @ReceivedAt, @FixedInReleaseId, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE lifecycle.feedback
        SET source = @Source, rating = @Rating, category = @Category, text = @Text, status = @Status, received_at = @ReceivedAt,
            fixed_in_release_id = @FixedInReleaseId, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    public async Task<FeedbackItem> GetAsync(Guid productId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<FeedbackRow>(SelectSql, new { Id = id, ProductId = productId }, "Feedback", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<IReadOnlyList<FeedbackItem>> FindAsync(Guid productId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : (await unitOfWork.QueryAsync<FeedbackRow>(unitOfWork.Dialect.Pick(ByIdsSqlite, ByIdsSqlServer), new { ProductId = productId, Ids = JsonRows.Ids(ids) },
                cancellationToken)).Select(row => row.ToDomain()).ToList();

    public async Task<IReadOnlyDictionary<string, FeedbackItem>> FindByExternalIdsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        externalIds.Count == 0
            ? new Dictionary<string, FeedbackItem>()
            : (await unitOfWork.QueryAsync<FeedbackRow>(unitOfWork.Dialect.Pick(ByExternalIdsSqlite, ByExternalIdsSqlServer),
                new { ExternalIds = JsonRows.Texts(externalIds) }, cancellationToken)).ToDictionary(row => row.ExternalId!, row => row.ToDomain(), StringComparer.Ordinal);

    public Task AddAsync(IReadOnlyCollection<FeedbackItem> items, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, items.Select(FeedbackRow.Parameters).ToList(), cancellationToken);

    public Task UpdateAsync(IReadOnlyCollection<FeedbackItem> items, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, items.Select(FeedbackRow.Parameters).ToList(), cancellationToken);
}
