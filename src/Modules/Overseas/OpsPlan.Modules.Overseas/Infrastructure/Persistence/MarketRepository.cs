using System.Data.Common;
using OpsPlan.Modules.Overseas.Application.Markets;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Infrastructure.Persistence;

/// <summary>Saves markets and their stage history inside the command's unit of work.</summary>
internal sealed class MarketRepository(IUnitOfWork unitOfWork) : IMarketRepository
{
    private const string SelectSql = MarketRow.SelectFromSql + " WHERE id = @Id";
    private const string CountryTakenSql = "SELECT COUNT(*) FROM overseas.markets WHERE country = @Country AND (@Except IS NULL OR id <> @Except)";

    private const string InsertSql = """
        INSERT INTO overseas.markets (id, country, name, languages, currency, owner, target_launch_date, stage, stage_changed_at, paused_from, assessment_version,
                                      attractiveness, risk, combined, assessed_at, created_at, updated_at, version)
        VALUES (@Id, @Country, @Name, @Languages, @Currency, @Owner, @TargetLaunchDate, @Stage, @StageChangedAt, @PausedFrom, @AssessmentVersion,
                @Attractiveness, @Risk, @Combined, @AssessedAt, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE overseas.markets
        SET country = @Country, name = @Name, languages = @Languages, currency = @Currency, owner = @Owner, target_launch_date = @TargetLaunchDate, stage = @Stage,
            stage_changed_at = @StageChangedAt, paused_from = @PausedFrom, assessment_version = @AssessmentVersion, attractiveness = @Attractiveness, risk = @Risk,
            combined = @Combined, assessed_at = @AssessedAt, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string InsertStageChangeSql = """
        INSERT INTO overseas.stage_history (id, market_id, from_stage, to_stage, changed_at, changed_by, reason)
        VALUES (@Id, @MarketId, @FromStage, @ToStage, @ChangedAt, @ChangedBy, @Reason)
        """;

    public async Task<Market> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<MarketRow>(SelectSql, new { Id = id }, "Market", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<bool> CountryTakenAsync(string country, Guid? except, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(CountryTakenSql, new { Country = country, Except = except }, cancellationToken) > 0;

    public async Task AddAsync(Market market, MarketStageChange first, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.ExecuteAsync(InsertSql, MarketRow.Parameters(market), cancellationToken);
        }
        catch (DbException exception) when (UniqueKeyViolation.Is(exception))
        {
            // Another request opened the country between our check and this insert.
            throw MarketRules.CountryTaken(market.Profile.Country);
        }

        await AddStageChangeAsync(first, cancellationToken);
    }

    public Task UpdateAsync(Market market, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, MarketRow.Parameters(market), cancellationToken);

    public Task AddStageChangeAsync(MarketStageChange change, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertStageChangeSql, new
        {
            change.Id,
            change.MarketId,
            FromStage = EnumText.ToText(change.From),
            ToStage = EnumText.ToText(change.To),
            change.ChangedAt,
            change.ChangedBy,
            change.Reason,
        }, cancellationToken);
}
