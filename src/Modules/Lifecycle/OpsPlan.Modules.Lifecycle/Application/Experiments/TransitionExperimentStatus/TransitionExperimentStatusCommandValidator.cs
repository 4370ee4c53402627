using OpsPlan.Modules.Lifecycle.Contracts.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.TransitionExperimentStatus;

internal sealed class TransitionExperimentStatusCommandValidator : AbstractValidator<TransitionExperimentStatusCommand>
{
    public TransitionExperimentStatusCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(1000);
    }
}
