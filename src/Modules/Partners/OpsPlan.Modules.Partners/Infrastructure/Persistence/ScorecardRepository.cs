using OpsPlan.Modules.Partners.Domain.Scorecards;

namespace OpsPlan.Modules.Partners.Infrastructure.Persistence;

internal sealed class ScorecardRepository(IUnitOfWork unitOfWork) : IScorecardRepository
{
    private const string PeriodTakenSql = "SELECT COUNT(*) FROM partners.scorecards WHERE partner_id = @PartnerId AND period = @Period";
    private const string LatestPeriodSql = "SELECT MAX(period) FROM partners.scorecards WHERE partner_id = @PartnerId";

    private const string InsertSql = """
        INSERT INTO partners.scorecards (id, partner_id, period, scores, weights, overall, recommended_tier, comment, recorded_by, created_at)
        VALUES (@Id, @PartnerId, @Period, @Scores, @Weights, @Overall, @RecommendedTier, @Comment, @RecordedBy, @CreatedAt)
        """;

    public async Task<bool> PeriodTakenAsync(Guid partnerId, string period, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(PeriodTakenSql, new { PartnerId = partnerId, Period = period }, cancellationToken) > 0;

    public Task<string?> LatestPeriodAsync(Guid partnerId, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteScalarAsync<string>(LatestPeriodSql, new { PartnerId = partnerId }, cancellationToken);

    public Task AddAsync(Scorecard scorecard, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, Application.Scorecards.ScorecardRow.Parameters(scorecard), cancellationToken);
}
