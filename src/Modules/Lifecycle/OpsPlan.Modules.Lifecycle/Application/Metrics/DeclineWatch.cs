using Microsoft.Extensions.Options;
using OpsPlan.Modules.Lifecycle.Contracts.Events;
using OpsPlan.Modules.Lifecycle.Domain.Metrics;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Metrics;

/// <summary>
/// Checks products for a decline as their figures arrive: when the rule holds for a product's latest month and that
/// month was not reported yet, the product records it and <see cref="ProductDeclineDetected"/> goes out with the change.
/// </summary>
internal sealed class DeclineWatch(IProductRepository products, IProductMetricsRepository metrics, IOutbox outbox, IOptions<LifecycleOptions> options)
{
    public async Task CheckAsync(IReadOnlyCollection<Product> touched, DateTime now, CancellationToken cancellationToken)
    {
        var rule = options.Value.DeclineRule;
        var figures = await metrics.FindAsync(touched.Select(product => product.Id).ToList(), cancellationToken);
        foreach (var product in touched)
        {
            var months = figures.GetValueOrDefault(product.Id) ?? [];
            var signals = rule.Evaluate(months);
            var declining = signals.Where(signal => signal.Declining).ToList();
            if (declining.Count == 0 || !product.ReportDecline(months[^1].Month, now))
            {
                continue;
            }

            await products.UpdateAsync(product, cancellationToken);
            var (recommendation, _) = ProductHealth.Advise(product.Stage, signals, rule);
            await outbox.EnqueueAsync(new ProductDeclineDetected(product.Id, product.Name, product.Owner, months[^1].Month,
                declining.Select(signal => new DeclineSignal(signal.Metric, signal.ConsecutiveFalls, signal.StreakChangePercent ?? 0)).ToList(), recommendation),
                cancellationToken);
        }
    }
}
