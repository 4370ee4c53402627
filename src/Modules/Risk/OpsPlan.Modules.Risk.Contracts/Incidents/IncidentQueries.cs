using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;

namespace OpsPlan.Modules.Risk.Contracts.Incidents;

public sealed record GetIncidentQuery(Guid Id) : IQuery<IncidentDto>;

public sealed record ListIncidentsQuery(
    IncidentType? Type = null,
    IncidentSeverity? Severity = null,
    IncidentStatus? Status = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null) : IQuery<Page<IncidentDto>>, IListQuery;

/// <summary>An incident's timeline, most recent first.</summary>
public sealed record ListTimelineQuery(Guid IncidentId, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null)
    : IQuery<Page<TimelineEntryDto>>, IListQuery;

/// <summary>Incidents detected in [from, to): at most 366 days.</summary>
public sealed record GetIncidentMetricsQuery(DateTime? From, DateTime? To) : IQuery<IncidentMetricsDto>;

public sealed record IncidentMetricsDto(DateTime From, DateTime To, IncidentMetricsLineDto Overall, IReadOnlyList<IncidentMetricsLineDto> BySeverity);

/// <summary>For one severity (or all, when <see cref="Severity"/> is null): counts and mean times in minutes.</summary>
public sealed record IncidentMetricsLineDto(
    IncidentSeverity? Severity,
    int Incidents,
    int Confirmed,
    int Recovered,
    double? MeanTimeToConfirmMinutes,
    double? MeanTimeToRecoverMinutes);
