using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Persistence;
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
        var results = new List<BatchItemResultDto>(request.Items.Count);
        var seen = new HashSet<(string, DateOnly)>();
        foreach (var entry in request.Items)
        {
            results.Add(await UpsertAsync(entry, seen, now, cancellationToken));
        }

        if (results.Any(result => result.Status is BatchItemStatus.Created or BatchItemStatus.Updated))
        {
            await runway.EvaluateAsync(cancellationToken);
        }

        return BatchResultDto.Of(results);
    }

    private async Task<BatchItemResultDto> UpsertAsync(BatchEntry<ExchangeRateSyncItem> entry, HashSet<(string, DateOnly)> seen, DateTime now, CancellationToken cancellationToken)
    {
        if (entry.Item is not { } item)
        {
            return entry.Failed(entry.Errors!);
        }

        var validation = await validator.ValidateAsync(item, cancellationToken);
        if (!validation.IsValid)
        {
            return entry.Failed(ValidationErrors.From(validation.Errors));
        }

        if (!seen.Add((item.Currency, item.EffectiveOn)))
        {
            return entry.Failed(new Dictionary<string, string[]> { ["effectiveOn"] = ["This currency and day appear earlier in the batch."] });
        }

        var rate = ExchangeRate.Parse(item.Rate);
        var existing = await unitOfWork.QuerySingleOrDefaultAsync<ExchangeRateRow>(FindSql, new { item.Currency, item.EffectiveOn }, cancellationToken);
        if (existing is null)
        {
            var id = Ids.New();
            await unitOfWork.ExecuteAsync(InsertSql, new { Id = id, item.Currency, item.EffectiveOn, RateScaled = rate.Scaled, Now = now }, cancellationToken);
            return entry.Succeeded(BatchItemStatus.Created, id);
        }

        if (existing.RateScaled == rate.Scaled)
        {
            return entry.Succeeded(BatchItemStatus.Unchanged, existing.Id);
        }

        await unitOfWork.ExecuteAsync(UpdateSql, new { existing.Id, RateScaled = rate.Scaled, Now = now }, cancellationToken);
        return entry.Succeeded(BatchItemStatus.Updated, existing.Id);
    }
}
