using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Finance.Application.Cash;
using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates.SyncExchangeRates;

/// <summary>Upserts rates by currency and day; a new rate can move the runway, which is checked once at the end.</summary>
internal sealed class SyncExchangeRatesCommandHandler(IUnitOfWork unitOfWork, IValidator<ExchangeRateSyncItem> validator, RunwayAlerts runway, IClock clock)
    : ICommandHandler<SyncExchangeRatesCommand, BatchResultDto>
{
    private const string FindSql = ExchangeRateRow.SelectFromSql + " WHERE currency = @Currency AND effective_on = @EffectiveOn";

    private const string InsertSql = """
        INSERT INTO finance.exchange_rates (id, currency, effective_on, rate_scaled, created_at, updated_at, version)
        VALUES (@Id, @Currency, @EffectiveOn, @RateScaled, @Now, @Now, 1)
        """;

    private const string UpdateSql = """
        UPDATE finance.exchange_rates SET rate_scaled = @RateScaled, updated_at = @Now, version = version + 1 WHERE id = @Id
        """;

    public async Task<BatchResultDto> Handle(SyncExchangeRatesCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var batch = await BatchUpsert.ScreenAsync(request.Items, validator, item => (item.Currency, item.EffectiveOn),
            "effectiveOn", "This currency and day appear earlier in the batch.", cancellationToken);
        foreach (var candidate in batch.Candidates)
        {
            var (status, id) = await UpsertAsync(candidate.Item, now, cancellationToken);
            batch.Succeed(candidate, status, id);
        }

        if (batch.AnyWritten)
        {
            await runway.EvaluateAsync(cancellationToken);
        }

        return batch.Result();
    }

    private async Task<(BatchItemStatus Status, Guid Id)> UpsertAsync(ExchangeRateSyncItem item, DateTime now, CancellationToken cancellationToken)
    {
        var rate = ExchangeRate.Parse(item.Rate);
        var existing = await unitOfWork.QuerySingleOrDefaultAsync<ExchangeRateRow>(FindSql, new { item.Currency, item.EffectiveOn }, cancellationToken);
        if (existing is null)
        {
            var id = Ids.New();
            await unitOfWork.ExecuteAsync(InsertSql, new { Id = id, item.Currency, item.EffectiveOn, RateScaled = rate.Scaled, Now = now }, cancellationToken);
            return (BatchItemStatus.Created, id);
        }

        if (existing.RateScaled == rate.Scaled)
        {
            return (BatchItemStatus.Unchanged, existing.Id);
        }

        await unitOfWork.ExecuteAsync(UpdateSql, new { existing.Id, RateScaled = rate.Scaled, Now = now }, cancellationToken);
        return (BatchItemStatus.Updated, existing.Id);
    }
}
