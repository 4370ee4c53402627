using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.ListTimeline;

internal sealed class ListTimelineQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListTimelineQuery, Page<TimelineEntryDto>>
{
    private const string IncidentExistsSql = "SELECT COUNT(*) FROM risk.incidents WHERE id = @IncidentId";

    public async Task<Page<TimelineEntryDto>> Handle(ListTimelineQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(IncidentExistsSql, new { request.IncidentId }, "Incident", request.IncidentId, cancellationToken);

        // Entries never change: both orders key on when the entry happened.
        var list = new KeysetListSql(TimelineEntryRow.SelectFromSql, request, createdColumn: "occurred_at", updatedColumn: "occurred_at")
            .WhereIfPresent(request.IncidentId, "incident_id = @IncidentId", "IncidentId");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (TimelineEntryRow row) => (row.OccurredAt, row.OccurredAt, row.Id), row => row.ToDto(), cancellationToken);
    }
}
