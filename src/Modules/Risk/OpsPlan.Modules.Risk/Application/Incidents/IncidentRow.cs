using System.Data.Common;
using System.Text.Json;
using OpsPlan.BuildingBlocks.Persistence.Dialects;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents;

/// <summary>A row of <c>risk.incidents</c> with its linked risks, and its mappings to the domain and the contract.</summary>
internal sealed class IncidentRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, title AS Title, description AS Description, type AS Type, severity AS Severity, status AS Status,
               commander AS Commander, detected_at AS DetectedAt, confirmed_at AS ConfirmedAt, recovered_at AS RecoveredAt,
               closed_at AS ClosedAt, root_cause AS RootCause, lessons AS Lessons, follow_up_actions AS FollowUpActions,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM risk.incidents
        """;

    public const string LinkedRisksSql = "SELECT incident_id AS IncidentId, risk_id AS RiskId FROM risk.incident_risks WHERE incident_id IN @Ids";

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    public string Type { get; init; } = "";

    public string Severity { get; init; } = "";

    public string Status { get; init; } = "";

    public string Commander { get; init; } = "";

    public DateTime DetectedAt { get; init; }

    public DateTime? ConfirmedAt { get; init; }

    public DateTime? RecoveredAt { get; init; }

    public DateTime? ClosedAt { get; init; }

    public string? RootCause { get; init; }

    public string? Lessons { get; init; }

    public string? FollowUpActions { get; init; }

    public Incident ToDomain(IEnumerable<Guid> linkedRiskIds) => Incident.Restore(
        State, Title, Description, EnumText.Parse<IncidentType>(Type), EnumText.Parse<IncidentSeverity>(Severity), EnumText.Parse<IncidentStatus>(Status),
        Commander, DetectedAt, ConfirmedAt, RecoveredAt, ClosedAt,
        RootCause is null ? null : new PostMortem(RootCause, Lessons ?? "", JsonSerializer.Deserialize<string[]>(FollowUpActions ?? "[]") ?? []),
        linkedRiskIds);

    public static IncidentDto ToDto(Incident incident) => new()
    {
        Id = incident.Id,
        Title = incident.Title,
        Description = incident.Description,
        Type = incident.Type,
        Severity = incident.Severity,
        Status = incident.Status,
        Commander = incident.Commander,
        DetectedAt = incident.DetectedAt,
        ConfirmedAt = incident.ConfirmedAt,
        RecoveredAt = incident.RecoveredAt,
        ClosedAt = incident.ClosedAt,
        TimeToConfirmMinutes = incident.TimeToConfirmMinutes,
        TimeToRecoverMinutes = incident.TimeToRecoverMinutes,
        PostMortem = incident.PostMortem is { } postMortem ? new PostMortemDto(postMortem.RootCause, postMortem.Lessons, postMortem.FollowUpActions) : null,
        LinkedRiskIds = incident.LinkedRiskIds,
        CreatedAt = incident.CreatedAt,
        UpdatedAt = incident.UpdatedAt,
        Version = incident.Version,
    };

    public static object Parameters(Incident incident) => new
    {
        incident.Id,
        incident.Title,
        incident.Description,
        Type = EnumText.ToText(incident.Type),
        Severity = EnumText.ToText(incident.Severity),
        Status = EnumText.ToText(incident.Status),
        incident.Commander,
        incident.DetectedAt,
        incident.ConfirmedAt,
        incident.RecoveredAt,
        incident.ClosedAt,
        incident.PostMortem?.RootCause,
        incident.PostMortem?.Lessons,
        FollowUpActions = incident.PostMortem is { } postMortem ? JsonSerializer.Serialize(postMortem.FollowUpActions) : null,
        incident.CreatedAt,
        incident.UpdatedAt,
        incident.Version,
        incident.LoadedVersion,
    };

    /// <summary>The linked risks of several incidents in one read, so a page of incidents costs two queries, not one per incident.</summary>
    public static async Task<ILookup<Guid, Guid>> LinkedRisksAsync(DbConnection connection, DbTransaction? transaction, SqlDialect dialect, IReadOnlyCollection<Guid> incidentIds, CancellationToken cancellationToken)
    {
        if (incidentIds.Count == 0)
        {
            return Array.Empty<LinkedRisk>().ToLookup(link => link.IncidentId, link => link.RiskId);
        }

        var links = await connection.QueryAsync<LinkedRisk>(new CommandDefinition(LinkedRisksSql, new { Ids = dialect.IdList(incidentIds) }, transaction, cancellationToken: cancellationToken));
        return links.ToLookup(link => link.IncidentId, link => link.RiskId);
    }

    internal sealed class LinkedRisk
    {
        public Guid IncidentId { get; init; }

        public Guid RiskId { get; init; }
    }
}
