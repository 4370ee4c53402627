using OpsPlan.Modules.Overseas.Application.Localization;
using OpsPlan.Modules.Overseas.Domain.Localization;

namespace OpsPlan.Modules.Overseas.Infrastructure.Persistence;

internal sealed class LocalizationTaskRepository(IUnitOfWork unitOfWork) : ILocalizationTaskRepository
{
    private const string SelectSql = LocalizationTaskRow.SelectFromSql + " WHERE id = @Id AND market_id = @MarketId";

    private const string InsertSql = """
        INSERT INTO overseas.localization_tasks (id, market_id, area, title, owner, due_date, status, status_note, weight, created_at, updated_at, version)
        VALUES (@Id, @MarketId, @Area, @Title, @Owner, @DueDate, @Status, @StatusNote, @Weight, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE overseas.localization_tasks
        SET area = @Area, title = @Title, owner = @Owner, due_date = @DueDate, status = @Status, status_note = @StatusNote, weight = @Weight, updated_at = @UpdatedAt,
            version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    public async Task<LocalizationTask> GetAsync(Guid marketId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<LocalizationTaskRow>(SelectSql, new { Id = id, MarketId = marketId }, "Localization task", id, expectedVersion, cancellationToken))
        .ToDomain();

    public Task AddAsync(LocalizationTask task, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, LocalizationTaskRow.Parameters(task), cancellationToken);

    public Task UpdateAsync(LocalizationTask task, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, LocalizationTaskRow.Parameters(task), cancellationToken);
}
