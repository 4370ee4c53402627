using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.OpenIncident;

internal sealed class OpenIncidentCommandValidator : AbstractValidator<OpenIncidentCommand>
{
    public OpenIncidentCommandValidator(IClock clock)
    {
        this.IncidentDetails(command => command.Title, command => command.Description, command => command.Type, command => command.Severity, command => command.Commander);
        RuleFor(command => command.DetectedAt).NotInTheFuture(clock);
    }
}
