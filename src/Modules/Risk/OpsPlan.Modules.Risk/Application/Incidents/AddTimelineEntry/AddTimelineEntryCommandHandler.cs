using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.AddTimelineEntry;

internal sealed class AddTimelineEntryCommandHandler(IIncidentRepository incidents, ICurrentUser user, IClock clock)
    : ICommandHandler<AddTimelineEntryCommand, TimelineEntryDto>
{
    public async Task<TimelineEntryDto> Handle(AddTimelineEntryCommand request, CancellationToken cancellationToken)
    {
        var incident = await incidents.GetAsync(request.IncidentId, expectedVersion: null, cancellationToken);
        var occurredAt = request.OccurredAt is { } given ? SystemClock.TruncateToMicroseconds(given) : clock.UtcNow;
        var entry = incident.AddNote(request.Entry, occurredAt, user.Id);
        await incidents.AddTimelineEntryAsync(entry, cancellationToken);
        return TimelineEntryRow.ToDto(entry);
    }
}
