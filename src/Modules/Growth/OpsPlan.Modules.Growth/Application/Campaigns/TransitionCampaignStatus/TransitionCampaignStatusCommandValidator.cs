using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.TransitionCampaignStatus;

internal sealed class TransitionCampaignStatusCommandValidator : AbstractValidator<TransitionCampaignStatusCommand>
{
    public TransitionCampaignStatusCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(1000);
    }
}
