using OpsPlan.Modules.Partners.Contracts.Sla;

namespace OpsPlan.Modules.Partners.Application.Sla.SyncSlaMeasurements;

internal sealed class SlaMeasurementItemValidator : AbstractValidator<SlaMeasurementItem>
{
    public SlaMeasurementItemValidator(IClock clock)
    {
        RuleFor(item => item.AgreementId).NotEmpty();
        RuleFor(item => item.Metric).NotNull().IsInEnum();
        RuleFor(item => item.Period).Must(MonthText.IsValid).WithMessage(MonthText.Explanation);
        RuleFor(item => item.Period).Must(period => MonthText.Parse(period) <= MonthText.Of(clock.Today)).When(item => MonthText.IsValid(item.Period))
            .WithMessage("A month's measurement arrives once the month has begun, not before.");
        RuleFor(item => item.Value).NotNull().InclusiveBetween(0, 1_000_000m).PrecisionScale(11, 4, true);
    }
}
