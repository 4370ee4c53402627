using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.ListChannelMetrics;

internal sealed class ListChannelMetricsQueryValidator : AbstractValidator<ListChannelMetricsQuery>
{
    public const int MaxDays = 366;

    public ListChannelMetricsQueryValidator() => this.ValidRange(query => query.From, query => query.To, MaxDays);
}
