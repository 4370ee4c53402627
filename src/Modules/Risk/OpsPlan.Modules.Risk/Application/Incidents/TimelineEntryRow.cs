using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents;

internal sealed class TimelineEntryRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, incident_id AS IncidentId, occurred_at AS OccurredAt, author AS Author, kind AS Kind, entry AS Entry
        FROM risk.incident_timeline
        """;

    public Guid Id { get; init; }

    public Guid IncidentId { get; init; }

    public DateTime OccurredAt { get; init; }

    public string Author { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Entry { get; init; } = "";

    public TimelineEntryDto ToDto() => new()
    {
        Id = Id,
        IncidentId = IncidentId,
        OccurredAt = OccurredAt,
        Author = Author,
        Kind = EnumText.Parse<TimelineEntryKind>(Kind),
        Entry = Entry,
    };

    public static TimelineEntryDto ToDto(TimelineEntry entry) => new()
    {
        Id = entry.Id,
        IncidentId = entry.IncidentId,
        OccurredAt = entry.OccurredAt,
        Author = entry.Author,
        Kind = entry.Kind,
        Entry = entry.Entry,
    };
}
