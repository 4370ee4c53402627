using OpsPlan.Modules.Lifecycle.Application.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Experiments;

namespace OpsPlan.Modules.Lifecycle.Infrastructure.Persistence;

internal sealed class ExperimentRepository(IUnitOfWork unitOfWork) : IExperimentRepository
{
    private const string ByIdsSqlite = ExperimentRow.SelectFromSql + " WHERE id IN (SELECT value FROM json_each(@Ids))";
    private const string ByIdsSqlServer = ExperimentRow.SelectFromSql + " WHERE id IN (SELECT CAST(value AS UNIQUEIDENTIFIER) FROM OPENJSON(@Ids))";

    private const string InsertSql = """
        INSERT INTO lifecycle.experiments (id, product_id, name, hypothesis, metric, minimum_sample_size, variants, status, started_at, concluded_at,
                                           created_at, updated_at, version)
        VALUES (@Id, @ProductId, @Name, @Hypothesis, @Metric, @MinimumSampleSize, @Variants, @Status, @StartedAt, @ConcludedAt, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE lifecycle.experiments
        SET name = @Name, hypothesis = @Hypothesis, metric = @Metric, minimum_sample_size = @MinimumSampleSize, variants = @Variants, status = @Status,
            started_at = @StartedAt, concluded_at = @ConcludedAt, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    public async Task<Experiment> GetAsync(Guid productId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<ExperimentRow>(ExperimentRules.OneSql, new { Id = id, ProductId = productId }, "Experiment", id, expectedVersion, cancellationToken))
        .ToDomain();

    public async Task<IReadOnlyDictionary<Guid, Experiment>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, Experiment>()
            : (await unitOfWork.QueryAsync<ExperimentRow>(unitOfWork.Dialect.Pick(ByIdsSqlite, ByIdsSqlServer), new { Ids = JsonRows.Ids(ids) }, cancellationToken))
                .ToDictionary(row => row.Id, row => row.ToDomain());

    public Task AddAsync(Experiment experiment, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, ExperimentRow.Parameters(experiment), cancellationToken);

    public Task UpdateAsync(Experiment experiment, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, ExperimentRow.Parameters(experiment), cancellationToken);
}
