using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.UpdateIncident;

internal sealed class UpdateIncidentCommandValidator : AbstractValidator<UpdateIncidentCommand>
{
    public UpdateIncidentCommandValidator() =>
        this.IncidentDetails(command => command.Title, command => command.Description, command => command.Type, command => command.Severity, command => command.Commander);
}
