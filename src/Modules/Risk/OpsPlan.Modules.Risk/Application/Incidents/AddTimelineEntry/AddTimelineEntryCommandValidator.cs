using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.AddTimelineEntry;

internal sealed class AddTimelineEntryCommandValidator : AbstractValidator<AddTimelineEntryCommand>
{
    public AddTimelineEntryCommandValidator(IClock clock)
    {
        RuleFor(command => command.Entry).NotEmpty().MaximumLength(IncidentRules.TextMaxLength);
        RuleFor(command => command.OccurredAt).NotInTheFuture(clock);
    }
}
