using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.UnlinkRisk;

internal sealed class UnlinkRiskCommandHandler(IIncidentRepository incidents, IClock clock) : ICommandHandler<UnlinkRiskCommand, IncidentDto>
{
    public async Task<IncidentDto> Handle(UnlinkRiskCommand request, CancellationToken cancellationToken)
    {
        var incident = await incidents.GetAsync(request.IncidentId, expectedVersion: null, cancellationToken);
        incident.UnlinkRisk(request.RiskId, clock.UtcNow);
        await incidents.UpdateAsync(incident, cancellationToken);
        return IncidentRow.ToDto(incident);
    }
}
