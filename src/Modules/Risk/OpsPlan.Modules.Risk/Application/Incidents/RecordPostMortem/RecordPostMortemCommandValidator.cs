using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.RecordPostMortem;

internal sealed class RecordPostMortemCommandValidator : AbstractValidator<RecordPostMortemCommand>
{
    public RecordPostMortemCommandValidator()
    {
        RuleFor(command => command.RootCause).NotEmpty().MaximumLength(IncidentRules.TextMaxLength);
        RuleFor(command => command.Lessons).NotEmpty().MaximumLength(IncidentRules.TextMaxLength);
        RuleFor(command => command.FollowUpActions).NotNull().Must(actions => actions is null || actions.Count <= 50).WithMessage("At most 50 follow-up actions.");
        RuleForEach(command => command.FollowUpActions).NotEmpty().MaximumLength(500).SingleLine();
    }
}
