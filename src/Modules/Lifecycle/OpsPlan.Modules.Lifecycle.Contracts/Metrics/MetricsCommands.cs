using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Lifecycle.Contracts.Metrics;

/// <summary>
/// Upserts up to 1,000 monthly product figures by product and month (<c>2026-07</c>): created, updated, unchanged
/// or failed. The products whose figures arrived are checked for a decline at once (see the module's docs).
/// </summary>
public sealed record SyncProductMetricsCommand(IReadOnlyList<BatchEntry<ProductMetricsItem>> Items) : ICommand<BatchResultDto>;

/// <summary>One product's figures for one month; revenue keeps the product's currency from month to month.</summary>
public sealed record ProductMetricsItem(Guid ProductId, string Month, long ActiveUsers, Money Revenue, decimal? RetentionPercent, int? Nps);

/// <summary>The documented shape of a product metrics sync: <c>{ "items": [ ... ] }</c>, at most 1,000 items.</summary>
public sealed record ProductMetricsBatchRequest(IReadOnlyList<ProductMetricsItem> Items) : IBodyOf<SyncProductMetricsCommand>;
