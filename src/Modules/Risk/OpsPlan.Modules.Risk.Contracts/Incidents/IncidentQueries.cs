using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Risk.Contracts.Incidents;

public sealed record GetIncidentQuery(Guid Id) : IQuery<IncidentDto>;

public sealed record ListIncidentsQuery(
    IReadOnlyList<IncidentType>? Type = null,
    IReadOnlyList<IncidentSeverity>? Severity = null,
    IReadOnlyList<IncidentStatus>? Status = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<IncidentDto>>, IListQuery;

/// <summary>An incident's timeline, most recent first.</summary>
public sealed record ListTimelineQuery(Guid IncidentId, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<TimelineEntryDto>>, IListQuery;

/// <summary>Incidents detected in [from, to): at most 366 days.</summary>
public sealed record GetIncidentMetricsQuery(DateTime? From, DateTime? To) : IQuery<IncidentMetricsDto>, ICachedQuery;

/// <summary>Incidents not closed yet, counted by severity (every severity listed, zero or not).</summary>
public sealed record GetOpenIncidentCountsQuery : IQuery<OpenIncidentCountsDto>, ICachedQuery;
