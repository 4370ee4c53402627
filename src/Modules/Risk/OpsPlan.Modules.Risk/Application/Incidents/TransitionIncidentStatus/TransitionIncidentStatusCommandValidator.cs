using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.TransitionIncidentStatus;

internal sealed class TransitionIncidentStatusCommandValidator : AbstractValidator<TransitionIncidentStatusCommand>
{
    public TransitionIncidentStatusCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(IncidentRules.TextMaxLength - 100);
    }
}
