namespace OpsPlan.Modules.Risk.Contracts.Incidents;

/// <summary>Records a detected incident. <c>detectedAt</c> defaults to now and may not lie in the future.</summary>
public sealed record OpenIncidentCommand(
    string Title,
    string? Description,
    IncidentType? Type,
    IncidentSeverity? Severity,
    string Commander,
    DateTime? DetectedAt) : ICommand<IncidentDto>;

/// <summary>The editable fields of an incident, as PUT replaces them and PATCH merges into them.</summary>
public sealed record IncidentRequest(string Title, string? Description, IncidentType? Type, IncidentSeverity? Severity, string Commander) : IBodyOf<UpdateIncidentCommand>
{
    public static IncidentRequest From(IncidentDto incident) =>
        new(incident.Title, incident.Description, incident.Type, incident.Severity, incident.Commander);

    public UpdateIncidentCommand ToCommand(Guid id, ExpectedVersion? expectedVersion) =>
        new(id, expectedVersion, Title, Description, Type, Severity, Commander);
}

public sealed record UpdateIncidentCommand(
    Guid Id,
    ExpectedVersion? ExpectedVersion,
    string Title,
    string? Description,
    IncidentType? Type,
    IncidentSeverity? Severity,
    string Commander) : ICommand<IncidentDto>;

/// <summary>One step along detected → confirmed → responding → repairing → recovered → closed; closing needs a post-mortem.</summary>
public sealed record TransitionIncidentStatusCommand(Guid IncidentId, ExpectedVersion? ExpectedVersion, IncidentStatus? Status, string? Note) : ICommand<IncidentDto>;

public sealed record IncidentStatusTransitionRequest(IncidentStatus? Status, string? Note) : IBodyOf<TransitionIncidentStatusCommand>;

/// <summary>Records (or replaces) the post-mortem of an incident that is not closed yet.</summary>
public sealed record RecordPostMortemCommand(Guid IncidentId, ExpectedVersion? ExpectedVersion, string RootCause, string Lessons, IReadOnlyList<string>? FollowUpActions)
    : ICommand<IncidentDto>;

public sealed record PostMortemRequest(string RootCause, string Lessons, IReadOnlyList<string>? FollowUpActions) : IBodyOf<RecordPostMortemCommand>;

/// <summary>Links a risk of the register to the incident; linking it again changes nothing.</summary>
public sealed record LinkRiskCommand(Guid IncidentId, Guid? RiskId) : ICommand<IncidentDto>;

public sealed record LinkRiskRequest(Guid? RiskId) : IBodyOf<LinkRiskCommand>;

public sealed record UnlinkRiskCommand(Guid IncidentId, Guid RiskId) : ICommand<IncidentDto>;

/// <summary>Adds a note to the timeline; <c>occurredAt</c> defaults to now and may not lie in the future.</summary>
public sealed record AddTimelineEntryCommand(Guid IncidentId, string Entry, DateTime? OccurredAt) : ICommand<TimelineEntryDto>;

public sealed record TimelineEntryRequest(string Entry, DateTime? OccurredAt) : IBodyOf<AddTimelineEntryCommand>;
