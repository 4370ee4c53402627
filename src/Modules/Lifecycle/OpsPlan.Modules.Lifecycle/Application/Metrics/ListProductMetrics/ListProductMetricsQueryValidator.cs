using OpsPlan.Modules.Lifecycle.Contracts.Metrics;

namespace OpsPlan.Modules.Lifecycle.Application.Metrics.ListProductMetrics;

internal sealed class ListProductMetricsQueryValidator : AbstractValidator<ListProductMetricsQuery>
{
    public ListProductMetricsQueryValidator()
    {
        RuleFor(query => query.From).Must(MonthText.IsValid).When(query => query.From is not null).WithMessage(MonthText.Explanation);
        RuleFor(query => query.To).Must(MonthText.IsValid).When(query => query.To is not null).WithMessage(MonthText.Explanation);
        RuleFor(query => query.To).Must((query, to) => MonthText.Parse(to!) >= MonthText.Parse(query.From!))
            .When(query => MonthText.IsValid(query.From) && MonthText.IsValid(query.To)).WithMessage("to is the same month as from or later.");
    }
}
