using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Infrastructure.Persistence;

internal sealed class ExchangeRateRepository(IUnitOfWork unitOfWork) : IExchangeRateRepository
{
    private const string FindSql = ExchangeRateRow.SelectFromSql + " WHERE currency = @Currency AND effective_on = @EffectiveOn";

    private const string InsertSql = """
        INSERT INTO finance.exchange_rates (id, currency, effective_on, rate_scaled, created_at, updated_at, version)
        VALUES (@Id, @Currency, @EffectiveOn, @RateScaled, @Now, @Now, 1)
        """;

    private const string UpdateSql = """
        UPDATE finance.exchange_rates SET rate_scaled = @RateScaled, updated_at = @Now, version = version + 1 WHERE id = @Id
        """;

    public async Task<StoredRate?> FindAsync(string currency, DateOnly effectiveOn, CancellationToken cancellationToken) =>
        await unitOfWork.QuerySingleOrDefaultAsync<ExchangeRateRow>(FindSql, new { Currency = currency, EffectiveOn = effectiveOn }, cancellationToken) is { } row
            ? new StoredRate(row.Id, new ExchangeRate(row.RateScaled))
            : null;

    public Task AddAsync(Guid id, string currency, DateOnly effectiveOn, ExchangeRate rate, DateTime now, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, new { Id = id, Currency = currency, EffectiveOn = effectiveOn, RateScaled = rate.Scaled, Now = now }, cancellationToken);

    public Task ReplaceAsync(Guid id, ExchangeRate rate, DateTime now, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(UpdateSql, new { Id = id, RateScaled = rate.Scaled, Now = now }, cancellationToken);
}
