using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Domain.Incidents;

internal sealed record TimelineEntry(Guid Id, Guid IncidentId, DateTime OccurredAt, string Author, TimelineEntryKind Kind, string Entry)
{
    public static TimelineEntry Note(Guid incidentId, DateTime occurredAt, string author, string entry) =>
        new(Ids.New(), incidentId, occurredAt, author, TimelineEntryKind.Note, entry);
}
