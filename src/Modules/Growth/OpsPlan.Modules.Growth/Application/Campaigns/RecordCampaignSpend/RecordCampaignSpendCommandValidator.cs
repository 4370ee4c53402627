using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.RecordCampaignSpend;

internal sealed class RecordCampaignSpendCommandValidator : AbstractValidator<RecordCampaignSpendCommand>
{
    public RecordCampaignSpendCommandValidator(IClock clock)
    {
        RuleFor(command => command.Amount.MinorUnits).GreaterThan(0).OverridePropertyName("amount").WithMessage("An amount spent is above zero.");
        RuleFor(command => command.SpentOn).NotEqual(default(DateOnly)).WithMessage("The day the money was spent is required.").WithinDateBounds()
            .Must(day => day <= clock.Today).WithMessage("Money is recorded once spent: today or an earlier day.");
        RuleFor(command => command.CostCenterId).NotEmpty();
        RuleFor(command => command.Description).NotEmpty().MaximumLength(500);
    }
}
