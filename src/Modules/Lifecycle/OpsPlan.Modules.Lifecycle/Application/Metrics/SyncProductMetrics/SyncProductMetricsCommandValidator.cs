using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Lifecycle.Contracts.Metrics;

namespace OpsPlan.Modules.Lifecycle.Application.Metrics.SyncProductMetrics;

internal sealed class SyncProductMetricsCommandValidator() : BatchCommandValidator<SyncProductMetricsCommand, ProductMetricsItem>(command => command.Items);
