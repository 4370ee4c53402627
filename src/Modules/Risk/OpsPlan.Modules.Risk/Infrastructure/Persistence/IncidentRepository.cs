using OpsPlan.Modules.Risk.Application.Incidents;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.Modules.Risk.Infrastructure.Persistence;

internal sealed class IncidentRepository(IUnitOfWork unitOfWork) : IIncidentRepository
{
    private const string SelectSql = IncidentRow.SelectFromSql + " WHERE id = @Id";

    private const string InsertSql = """
        INSERT INTO risk.incidents (id, title, description, type, severity, status, commander, detected_at, confirmed_at, recovered_at,
            closed_at, root_cause, lessons, follow_up_actions, created_at, updated_at, version)
        VALUES (@Id, @Title, @Description, @Type, @Severity, @Status, @Commander, @DetectedAt, @ConfirmedAt, @RecoveredAt,
            @ClosedAt, @RootCause, @Lessons, @FollowUpActions, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE risk.incidents
        SET title = @Title, description = @Description, type = @Type, severity = @Severity, status = @Status, commander = @Commander,
            confirmed_at = @ConfirmedAt, recovered_at = @RecoveredAt, closed_at = @ClosedAt, root_cause = @RootCause, lessons = @Lessons,
            follow_up_actions = @FollowUpActions, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string DeleteLinksSql = "DELETE FROM risk.incident_risks WHERE incident_id = @Id";
    private const string InsertLinkSql = "INSERT INTO risk.incident_risks (incident_id, risk_id) VALUES (@IncidentId, @RiskId)";

    private const string InsertTimelineSql = """
        INSERT INTO risk.incident_timeline (id, incident_id, occurred_at, author, kind, entry)
        VALUES (@Id, @IncidentId, @OccurredAt, @Author, @Kind, @Entry)
        """;

    public async Task<Incident> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.LoadAsync<IncidentRow>(SelectSql, new { Id = id }, "Incident", id, expectedVersion, cancellationToken);
        var links = await IncidentRow.LinkedRisksAsync(unitOfWork.Connection, unitOfWork.Transaction, unitOfWork.Dialect, [id], cancellationToken);
        return row.ToDomain(links[id]);
    }

    public Task AddAsync(Incident incident, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, IncidentRow.Parameters(incident), cancellationToken);

    public async Task UpdateAsync(Incident incident, CancellationToken cancellationToken)
    {
        await unitOfWork.UpdateVersionedAsync(UpdateSql, IncidentRow.Parameters(incident), cancellationToken);

        // Few links per incident: rewriting them keeps the table equal to the aggregate without diffing.
        await unitOfWork.ExecuteAsync(DeleteLinksSql, new { incident.Id }, cancellationToken);
        foreach (var riskId in incident.LinkedRiskIds)
        {
            await unitOfWork.ExecuteAsync(InsertLinkSql, new { IncidentId = incident.Id, RiskId = riskId }, cancellationToken);
        }
    }

    public Task AddTimelineEntryAsync(TimelineEntry entry, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertTimelineSql, new
        {
            entry.Id,
            entry.IncidentId,
            entry.OccurredAt,
            entry.Author,
            Kind = EnumText.ToText(entry.Kind),
            entry.Entry,
        }, cancellationToken);
}
