using OpsPlan.BuildingBlocks.Application.Batches;
using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.SyncChannelMetrics;

internal sealed class SyncChannelMetricsCommandValidator : AbstractValidator<SyncChannelMetricsCommand>
{
    public SyncChannelMetricsCommandValidator() =>
        RuleFor(command => command.Items).NotEmpty().Must(items => items.Count <= BatchEntry<ChannelMetricsItem>.MaxItems)
            .WithMessage($"A batch has 1 to {BatchEntry<ChannelMetricsItem>.MaxItems:N0} items.");
}
