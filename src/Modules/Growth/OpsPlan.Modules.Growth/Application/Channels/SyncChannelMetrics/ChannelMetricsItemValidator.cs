using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.SyncChannelMetrics;

internal sealed class ChannelMetricsItemValidator : AbstractValidator<ChannelMetricsItem>
{
    public ChannelMetricsItemValidator(IClock clock)
    {
        RuleFor(item => item.ChannelId).NotEmpty();
        RuleFor(item => item.Day).NotEqual(default(DateOnly)).WithMessage("The day the figures are for is required.").WithinDateBounds()
            .Must(day => day <= clock.Today).WithMessage("Figures are for today or an earlier day.");
        RuleFor(item => item.Spend.Currency).NotEmpty().OverridePropertyName("spend").WithMessage("Spend is required, as Money.");
        RuleFor(item => item.Spend.MinorUnits).GreaterThanOrEqualTo(0).OverridePropertyName("spend.amount").WithMessage("Spend is zero or more.");
        RuleFor(item => item.Revenue!.Value.MinorUnits).GreaterThanOrEqualTo(0).OverridePropertyName("revenue.amount")
            .WithMessage("Revenue is zero or more.").When(item => item.Revenue is not null);
        RuleFor(item => item.Impressions).GreaterThanOrEqualTo(0);
        RuleFor(item => item.Clicks).GreaterThanOrEqualTo(0)
            .LessThanOrEqualTo(item => item.Impressions).When(item => item.Impressions > 0).WithMessage("Clicks are no more than impressions.");
        RuleFor(item => item.Signups).GreaterThanOrEqualTo(0);
        RuleFor(item => item.Activations).GreaterThanOrEqualTo(0);
    }
}
