using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Risk.Contracts.Events;
using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.TransitionIncidentStatus;

internal sealed class TransitionIncidentStatusCommandHandler(IIncidentRepository incidents, IOutbox outbox, ICurrentUser user, IClock clock)
    : ICommandHandler<TransitionIncidentStatusCommand, IncidentDto>
{
    public async Task<IncidentDto> Handle(TransitionIncidentStatusCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var incident = await incidents.GetAsync(request.IncidentId, request.ExpectedVersion, cancellationToken);
        var previous = incident.Status;
        var entry = incident.TransitionTo(request.Status!.Value, request.Note, user.Id, now);
        await incidents.UpdateAsync(incident, cancellationToken);
        await incidents.AddTimelineEntryAsync(entry, cancellationToken);
        await outbox.EnqueueAsync(new IncidentStatusChanged(incident.Id, incident.Severity, previous, incident.Status), cancellationToken);
        return IncidentRow.ToDto(incident);
    }
}
