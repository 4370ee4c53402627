namespace OpsPlan.Modules.Risk.Contracts.Incidents;

/// <summary>One line of an incident's timeline: a note from a responder, or a status change recorded automatically.</summary>
public sealed record TimelineEntryDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required Guid IncidentId { get; init; }

    public required DateTime OccurredAt { get; init; }

    public required string Author { get; init; }

    public required TimelineEntryKind Kind { get; init; }

    public required string Entry { get; init; }
}

/// <summary>Adds a note to the timeline; <c>occurredAt</c> defaults to now and may not lie in the future.</summary>
public sealed record AddTimelineEntryCommand(Guid IncidentId, string Entry, DateTime? OccurredAt) : ICommand<TimelineEntryDto>;

public sealed record TimelineEntryRequest(string Entry, DateTime? OccurredAt);
