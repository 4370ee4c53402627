using OpsPlan.Modules.Overseas.Application.Assessments;
using OpsPlan.Modules.Overseas.Domain.Assessments;

namespace OpsPlan.Modules.Overseas.Infrastructure.Persistence;

internal sealed class AssessmentRepository(IUnitOfWork unitOfWork) : IAssessmentRepository
{
    private const string LatestVersionSql = "SELECT MAX(version) FROM overseas.assessments WHERE market_id = @MarketId";

    private const string InsertSql = """
        INSERT INTO overseas.assessments (id, market_id, version, factors, attractiveness, risk, combined, assessed_by, created_at)
        VALUES (@Id, @MarketId, @Version, @Factors, @Attractiveness, @Risk, @Combined, @AssessedBy, @CreatedAt)
        """;

    public async Task<int> NextVersionAsync(Guid marketId, CancellationToken cancellationToken) =>
        (int)((await unitOfWork.ExecuteScalarAsync<long?>(LatestVersionSql, new { MarketId = marketId }, cancellationToken) ?? 0) + 1);

    public Task AddAsync(Assessment assessment, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, AssessmentRow.Parameters(assessment), cancellationToken);
}
