using OpsPlan.Modules.Lifecycle.Contracts.Metrics;

namespace OpsPlan.Modules.Lifecycle.Application.Metrics.ListProductMetrics;

internal sealed class ListProductMetricsQueryValidator : AbstractValidator<ListProductMetricsQuery>
{
    public ListProductMetricsQueryValidator()
    {
        this.RuleForMonthRange(query => query.From, query => query.To, optional: true);
    }
}
