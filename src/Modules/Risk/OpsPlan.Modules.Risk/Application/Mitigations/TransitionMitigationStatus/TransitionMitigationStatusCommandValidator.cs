using OpsPlan.Modules.Risk.Contracts.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations.TransitionMitigationStatus;

internal sealed class TransitionMitigationStatusCommandValidator : AbstractValidator<TransitionMitigationStatusCommand>
{
    public TransitionMitigationStatusCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(2000);
    }
}
