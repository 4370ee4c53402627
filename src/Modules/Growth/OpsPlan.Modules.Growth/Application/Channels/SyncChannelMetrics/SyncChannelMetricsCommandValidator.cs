using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.SyncChannelMetrics;

internal sealed class SyncChannelMetricsCommandValidator() : BatchCommandValidator<SyncChannelMetricsCommand, ChannelMetricsItem>(command => command.Items);
