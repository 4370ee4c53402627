using OpsPlan.Modules.Growth.Application.Segments;
using OpsPlan.Modules.Growth.Domain.Segments;

namespace OpsPlan.Modules.Growth.Infrastructure.Persistence;

internal sealed class SegmentRepository(IUnitOfWork unitOfWork) : ISegmentRepository
{
    private const string SelectSql = SegmentRow.SelectFromSql + " WHERE id = @Id";
    private const string IdByNameSql = "SELECT id FROM growth.segments WHERE name = @Name";
    private const string NameTakenSql = "SELECT COUNT(*) FROM growth.segments WHERE name = @Name AND (@Except IS NULL OR id <> @Except)";
    private const string InsertSql = """
        INSERT INTO growth.segments (id, name, description, rule_json, created_at, updated_at, version)
        VALUES (@Id, @Name, @Description, @RuleJson, @CreatedAt, @UpdatedAt, @Version)
        """;
    private const string UpdateSql = """
        UPDATE growth.segments SET name = @Name, description = @Description, rule_json = @RuleJson, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;
    private const string DeleteSql = "DELETE FROM growth.segments WHERE id = @Id AND version = @LoadedVersion";

    public async Task<Segment> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<SegmentRow>(SelectSql, new { Id = id }, "Segment", id, expectedVersion, cancellationToken)).ToDomain();

    public Task<Guid?> FindIdByNameAsync(string name, CancellationToken cancellationToken) =>
        unitOfWork.QuerySingleOrDefaultAsync<Guid?>(IdByNameSql, new { Name = name }, cancellationToken);

    public async Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(NameTakenSql, new { Name = name, Except = except }, cancellationToken) > 0;

    public async Task<bool> UsedByCampaignsAsync(Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM growth.campaigns WHERE segment_id = @Id", new { Id = id }, cancellationToken) > 0;

    public Task AddAsync(Segment segment, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, SegmentRow.Parameters(segment), cancellationToken);

    public Task UpdateAsync(Segment segment, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, SegmentRow.Parameters(segment), cancellationToken);

    public Task DeleteAsync(Segment segment, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(DeleteSql, new { segment.Id, segment.LoadedVersion }, cancellationToken);
}
