using System.Text.Json;
using OpsPlan.Modules.Lifecycle.Domain.Releases;

namespace OpsPlan.Modules.Lifecycle.Infrastructure.Persistence;

internal sealed class ReleaseRepository(IUnitOfWork unitOfWork) : IReleaseRepository
{
    private const string VersionTakenSql = "SELECT COUNT(*) FROM lifecycle.releases WHERE product_id = @ProductId AND version = @Version";

    private const string InsertSql = """
        INSERT INTO lifecycle.releases (id, product_id, version, released_on, type, notes, requirement_ids, feedback_ids, created_at, updated_at)
        VALUES (@Id, @ProductId, @Version, @ReleasedOn, @Type, @Notes, @RequirementIds, @FeedbackIds, @CreatedAt, @CreatedAt)
        """;

    public async Task<bool> VersionTakenAsync(Guid productId, string version, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(VersionTakenSql, new { ProductId = productId, Version = version }, cancellationToken) > 0;

    public Task AddAsync(Release release, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, new
        {
            release.Id,
            release.ProductId,
            release.Version,
            release.ReleasedOn,
            Type = EnumText.ToText(release.Type),
            release.Notes,
            RequirementIds = JsonSerializer.Serialize(release.RequirementIds),
            FeedbackIds = JsonSerializer.Serialize(release.FeedbackIds),
            release.CreatedAt,
        }, cancellationToken);
}
