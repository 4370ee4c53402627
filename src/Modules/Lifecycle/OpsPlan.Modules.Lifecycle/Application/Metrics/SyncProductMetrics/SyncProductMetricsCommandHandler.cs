using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Lifecycle.Contracts.Metrics;
using OpsPlan.Modules.Lifecycle.Domain.Metrics;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Metrics.SyncProductMetrics;

/// <summary>
/// Upserts monthly figures by product and month (the shared batch loop), keeping each product's revenue in one
/// currency; then the products whose figures changed are checked for a decline in the same transaction.
/// </summary>
internal sealed class SyncProductMetricsCommandHandler(IProductRepository products, IProductMetricsRepository metrics, DeclineWatch declines,
    IValidator<ProductMetricsItem> validator, IClock clock) : ICommandHandler<SyncProductMetricsCommand, BatchResultDto>
{
    private static readonly Dictionary<string, string[]> UnknownProduct = new() { ["productId"] = ["No product has this id."] };

    public async Task<BatchResultDto> Handle(SyncProductMetricsCommand request, CancellationToken cancellationToken)
    {
        var batch = await BatchUpsert.ScreenAsync(request.Items, validator, item => (item.ProductId, MonthText.Parse(item.Month)), "month",
            "This product's month appears earlier in the batch.", cancellationToken);
        var productIds = batch.Candidates.Select(candidate => candidate.Item.ProductId).Distinct().ToList();
        var known = await products.FindAsync(productIds, cancellationToken);
        var stored = await metrics.FindAsync(productIds, cancellationToken);
        var currencies = stored.Where(product => product.Value.Count > 0).ToDictionary(product => product.Key, product => product.Value[0].Revenue.Currency);
        var upserts = new List<MonthlyFigures>();
        foreach (var candidate in batch.Candidates)
        {
            var item = candidate.Item;
            if (!known.ContainsKey(item.ProductId))
            {
                batch.Fail(candidate, UnknownProduct);
                continue;
            }

            var currency = currencies.TryAdd(item.ProductId, item.Revenue.Currency) ? item.Revenue.Currency : currencies[item.ProductId];
            if (item.Revenue.Currency != currency)
            {
                batch.Fail(candidate, new Dictionary<string, string[]> { ["revenue.currency"] = [$"This product's revenue is kept in {currency}."] });
                continue;
            }

            var figures = new MonthlyFigures(item.ProductId, MonthText.Parse(item.Month), item.ActiveUsers, item.Revenue, item.RetentionPercent, item.Nps);
            var before = stored.GetValueOrDefault(item.ProductId)?.FirstOrDefault(month => month.Month == figures.Month);
            if (before is not null && before.SameAs(figures))
            {
                batch.Succeed(candidate, BatchItemStatus.Unchanged, item.ProductId);
                continue;
            }

            upserts.Add(figures);
            batch.Succeed(candidate, before is null ? BatchItemStatus.Created : BatchItemStatus.Updated, item.ProductId);
        }

        var now = clock.UtcNow;
        await metrics.UpsertAsync(upserts, now, cancellationToken);
        await declines.CheckAsync(upserts.Select(figures => figures.ProductId).Distinct().Select(id => known[id]).ToList(), now, cancellationToken);
        return batch.Result();
    }
}
