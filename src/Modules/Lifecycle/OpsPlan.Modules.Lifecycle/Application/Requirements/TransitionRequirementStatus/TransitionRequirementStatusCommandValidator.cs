using OpsPlan.Modules.Lifecycle.Contracts.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements.TransitionRequirementStatus;

internal sealed class TransitionRequirementStatusCommandValidator : AbstractValidator<TransitionRequirementStatusCommand>
{
    public TransitionRequirementStatusCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(1000);
    }
}
