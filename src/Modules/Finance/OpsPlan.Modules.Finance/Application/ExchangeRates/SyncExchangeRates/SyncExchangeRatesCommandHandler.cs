using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Finance.Application.Cash;
using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates.SyncExchangeRates;

/// <summary>Upserts rates by currency and day; a new rate can move the runway, which is checked once at the end.</summary>
internal sealed class SyncExchangeRatesCommandHandler(IExchangeRateRepository exchangeRates, IValidator<ExchangeRateSyncItem> validator, RunwayAlerts runway, IClock clock)
    : ICommandHandler<SyncExchangeRatesCommand, BatchResultDto>
{
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
        if (await exchangeRates.FindAsync(item.Currency, item.EffectiveOn, cancellationToken) is not { } stored)
        {
            var id = Ids.New();
            await exchangeRates.AddAsync(id, item.Currency, item.EffectiveOn, rate, now, cancellationToken);
            return (BatchItemStatus.Created, id);
        }

        if (stored.Rate == rate)
        {
            return (BatchItemStatus.Unchanged, stored.Id);
        }

        await exchangeRates.ReplaceAsync(stored.Id, rate, now, cancellationToken);
        return (BatchItemStatus.Updated, stored.Id);
    }
}
