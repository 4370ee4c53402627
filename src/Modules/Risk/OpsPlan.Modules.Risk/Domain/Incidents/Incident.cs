using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Domain.Incidents;

/// <summary>
/// An incident and its response: detected → confirmed → responding → repairing → recovered → closed, one step at a
/// time. Closing needs a post-mortem; a closed incident no longer changes.
/// </summary>
internal sealed class Incident : AggregateRoot
{
    private readonly List<Guid> _linkedRiskIds;

    private Incident(AggregateState state, string title, string? description, IncidentType type, IncidentSeverity severity, IncidentStatus status,
        string commander, DateTime detectedAt, DateTime? confirmedAt, DateTime? recoveredAt, DateTime? closedAt, PostMortem? postMortem,
        IEnumerable<Guid> linkedRiskIds)
        : base(state)
    {
        Title = title;
        Description = description;
        Type = type;
        Severity = severity;
        Status = status;
        Commander = commander;
        DetectedAt = detectedAt;
        ConfirmedAt = confirmedAt;
        RecoveredAt = recoveredAt;
        ClosedAt = closedAt;
        PostMortem = postMortem;
        _linkedRiskIds = linkedRiskIds.ToList();
    }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public IncidentType Type { get; private set; }

    public IncidentSeverity Severity { get; private set; }

    public IncidentStatus Status { get; private set; }

    public string Commander { get; private set; }

    public DateTime DetectedAt { get; }

    public DateTime? ConfirmedAt { get; private set; }

    public DateTime? RecoveredAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public PostMortem? PostMortem { get; private set; }

    public IReadOnlyList<Guid> LinkedRiskIds => _linkedRiskIds;


    public double? TimeToConfirmMinutes => ConfirmedAt is { } confirmed ? (confirmed - DetectedAt).TotalMinutes : null;

    public double? TimeToRecoverMinutes => RecoveredAt is { } recovered ? (recovered - DetectedAt).TotalMinutes : null;

    public static Incident Open(string title, string? description, IncidentType type, IncidentSeverity severity, string commander, DateTime detectedAt, DateTime now) =>
        new(AggregateState.New(now), title, description, type, severity, IncidentStatus.Detected, commander, detectedAt, null, null, null, null, []);

    public static Incident Restore(AggregateState state, string title, string? description, IncidentType type, IncidentSeverity severity, IncidentStatus status,
        string commander, DateTime detectedAt, DateTime? confirmedAt, DateTime? recoveredAt, DateTime? closedAt, PostMortem? postMortem,
        IEnumerable<Guid> linkedRiskIds) =>
        new(state, title, description, type, severity, status, commander, detectedAt, confirmedAt, recoveredAt, closedAt, postMortem, linkedRiskIds);

    public void UpdateDetails(string title, string? description, IncidentType type, IncidentSeverity severity, string commander, DateTime now)
    {
        EnsureOpen();
        Title = title;
        Description = description;
        Type = type;
        Severity = severity;
        Commander = commander;
        Touch(now);
    }

    /// <summary>Moves one step along the response process and returns the timeline entry that records it.</summary>
    public TimelineEntry TransitionTo(IncidentStatus target, string? note, string author, DateTime now)
    {
        var next = Status == IncidentStatus.Closed ? (IncidentStatus?)null : Status + 1;
        if (target != next)
        {
            throw new BusinessRuleException(
                "incident.invalid-transition",
                $"An incident cannot move from '{EnumText.ToText(Status)}' to '{EnumText.ToText(target)}'.",
                [next is { } allowed ? $"From '{EnumText.ToText(Status)}' the next step is '{EnumText.ToText(allowed)}'." : "A closed incident is final."]);
        }

        if (target == IncidentStatus.Closed && PostMortem is null)
        {
            throw new BusinessRuleException("incident.post-mortem-required", "An incident is closed only once its post-mortem is recorded.",
                ["Record the root cause, lessons and follow-up actions with PUT /incidents/{id}/post-mortem first."]);
        }

        var previous = Status;
        Status = target;
        ConfirmedAt = target == IncidentStatus.Confirmed ? now : ConfirmedAt;
        RecoveredAt = target == IncidentStatus.Recovered ? now : RecoveredAt;
        ClosedAt = target == IncidentStatus.Closed ? now : ClosedAt;
        Touch(now);
        var text = $"Status {EnumText.ToText(previous)} → {EnumText.ToText(target)}." + (string.IsNullOrWhiteSpace(note) ? string.Empty : " " + note);
        return new TimelineEntry(Ids.New(), Id, now, author, TimelineEntryKind.StatusChange, text);
    }

    public void RecordPostMortem(PostMortem postMortem, DateTime now)
    {
        EnsureOpen();
        PostMortem = postMortem;
        Touch(now);
    }

    public TimelineEntry AddNote(string entry, DateTime occurredAt, string author)
    {
        EnsureOpen();
        return TimelineEntry.Note(Id, occurredAt, author, entry);
    }

    /// <summary>Links a risk; false when it was linked already (then nothing changes).</summary>
    public bool LinkRisk(Guid riskId, DateTime now)
    {
        EnsureOpen();
        if (_linkedRiskIds.Contains(riskId))
        {
            return false;
        }

        _linkedRiskIds.Add(riskId);
        Touch(now);
        return true;
    }

    public void UnlinkRisk(Guid riskId, DateTime now)
    {
        EnsureOpen();
        if (!_linkedRiskIds.Remove(riskId))
        {
            throw new BusinessRuleException("incident.risk-not-linked", "That risk is not linked to this incident.");
        }

        Touch(now);
    }

    private void EnsureOpen()
    {
        if (Status == IncidentStatus.Closed)
        {
            throw new BusinessRuleException("incident.closed", "A closed incident no longer changes.");
        }
    }
}
