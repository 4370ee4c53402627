using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Risk.Contracts.Incidents;

/// <summary>An incident and where its response stands; times to confirm and recover are computed.</summary>
public sealed record IncidentDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required IncidentType Type { get; init; }

    public required IncidentSeverity Severity { get; init; }

    public required IncidentStatus Status { get; init; }

    /// <summary>Who leads the response.</summary>
    public required string Commander { get; init; }

    public required DateTime DetectedAt { get; init; }

    public DateTime? ConfirmedAt { get; init; }

    public DateTime? RecoveredAt { get; init; }

    public DateTime? ClosedAt { get; init; }

    /// <summary>Minutes from detection to confirmation, once confirmed.</summary>
    public double? TimeToConfirmMinutes { get; init; }

    /// <summary>Minutes from detection to recovery, once recovered.</summary>
    public double? TimeToRecoverMinutes { get; init; }

    public PostMortemDto? PostMortem { get; init; }

    public required IReadOnlyList<Guid> LinkedRiskIds { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>What was learned: required before an incident can be closed.</summary>
public sealed record PostMortemDto(string RootCause, string Lessons, IReadOnlyList<string> FollowUpActions);

public sealed record IncidentMetricsDto(DateTime From, DateTime To, IncidentTimingsDto Overall, IReadOnlyList<SeverityTimingsDto> BySeverity);

/// <summary>Counts, and mean times in minutes (null when no incident reached that step).</summary>
public sealed record IncidentTimingsDto(int Incidents, int Confirmed, int Recovered, double? MeanTimeToConfirmMinutes, double? MeanTimeToRecoverMinutes);

public sealed record SeverityTimingsDto(IncidentSeverity Severity, IncidentTimingsDto Timings);

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

public sealed record OpenIncidentCountsDto(int Total, IReadOnlyDictionary<IncidentSeverity, int> BySeverity);
