using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Risk.Contracts.Events;
using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.OpenIncident;

internal sealed class OpenIncidentCommandHandler(IIncidentRepository incidents, IOutbox outbox, ICurrentUser user, IClock clock)
    : ICommandHandler<OpenIncidentCommand, IncidentDto>
{
    public async Task<IncidentDto> Handle(OpenIncidentCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var detectedAt = request.DetectedAt is { } given ? SystemClock.TruncateToMicroseconds(given) : now;
        var incident = Incident.Open(request.Title, request.Description, request.Type!.Value, request.Severity!.Value, request.Commander, detectedAt, now);
        await incidents.AddAsync(incident, cancellationToken);
        await incidents.AddTimelineEntryAsync(TimelineEntry.Note(incident.Id, detectedAt, user.Id, "Incident detected."), cancellationToken);
        await outbox.EnqueueAsync(new IncidentDetected(incident.Id, incident.Title, incident.Type, incident.Severity), cancellationToken);
        return IncidentRow.ToDto(incident);
    }
}
