using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.RecordPostMortem;

internal sealed class RecordPostMortemCommandHandler(IIncidentRepository incidents, IClock clock) : ICommandHandler<RecordPostMortemCommand, IncidentDto>
{
    public async Task<IncidentDto> Handle(RecordPostMortemCommand request, CancellationToken cancellationToken)
    {
        var incident = await incidents.GetAsync(request.IncidentId, request.ExpectedVersion, cancellationToken);
        incident.RecordPostMortem(new PostMortem(request.RootCause, request.Lessons, request.FollowUpActions!.ToList()), clock.UtcNow);
        await incidents.UpdateAsync(incident, cancellationToken);
        return IncidentRow.ToDto(incident);
    }
}
