using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Incidents.LinkRisk;

internal sealed class LinkRiskCommandHandler(IIncidentRepository incidents, IRiskRepository risks, IClock clock) : ICommandHandler<LinkRiskCommand, IncidentDto>
{
    public async Task<IncidentDto> Handle(LinkRiskCommand request, CancellationToken cancellationToken)
    {
        var incident = await incidents.GetAsync(request.IncidentId, expectedVersion: null, cancellationToken);
        var risk = await risks.GetAsync(request.RiskId!.Value, expectedVersion: null, cancellationToken);
        if (incident.LinkRisk(risk.Id, clock.UtcNow))
        {
            await incidents.UpdateAsync(incident, cancellationToken);
        }

        return IncidentRow.ToDto(incident);
    }
}
