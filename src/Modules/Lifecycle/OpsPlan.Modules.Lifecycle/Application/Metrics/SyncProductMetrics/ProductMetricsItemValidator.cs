using OpsPlan.Modules.Lifecycle.Contracts.Metrics;

namespace OpsPlan.Modules.Lifecycle.Application.Metrics.SyncProductMetrics;

internal sealed class ProductMetricsItemValidator : AbstractValidator<ProductMetricsItem>
{
    public ProductMetricsItemValidator(IClock clock)
    {
        RuleFor(item => item.ProductId).NotEmpty();
        RuleFor(item => item.Month).Must(MonthText.IsValid).WithMessage(MonthText.Explanation);
        RuleFor(item => item.Month).Must(month => MonthText.Parse(month) <= MonthText.Of(clock.Today))
            .When(item => MonthText.IsValid(item.Month)).WithMessage("A month's figures arrive once the month has begun, not before.");
        RuleFor(item => item.ActiveUsers).GreaterThanOrEqualTo(0);
        RuleFor(item => item.Revenue.MinorUnits).GreaterThanOrEqualTo(0).OverridePropertyName("revenue.amount").WithMessage("Revenue is zero or more.");
        RuleFor(item => item.RetentionPercent).InclusiveBetween(0, 100).PrecisionScale(5, 2, true)
            .WithMessage("Retention is a percentage from 0 to 100 with at most two decimals.");
        RuleFor(item => item.Nps).InclusiveBetween(-100, 100).WithMessage("NPS is from -100 to 100.");
    }
}
