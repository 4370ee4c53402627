using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.TransitionPartnerStatus;

internal sealed class TransitionPartnerStatusCommandValidator : AbstractValidator<TransitionPartnerStatusCommand>
{
    public TransitionPartnerStatusCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(1000).WithMessage("Say why the partner moves (1-1,000 characters): the history keeps it.");
    }
}
