using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.UpdateIncident;

internal sealed class UpdateIncidentCommandHandler(IIncidentRepository incidents, IClock clock) : ICommandHandler<UpdateIncidentCommand, IncidentDto>
{
    public async Task<IncidentDto> Handle(UpdateIncidentCommand request, CancellationToken cancellationToken)
    {
        var incident = await incidents.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        incident.UpdateDetails(request.Title, request.Description, request.Type!.Value, request.Severity!.Value, request.Commander, clock.UtcNow);
        await incidents.UpdateAsync(incident, cancellationToken);
        return IncidentRow.ToDto(incident);
    }
}
