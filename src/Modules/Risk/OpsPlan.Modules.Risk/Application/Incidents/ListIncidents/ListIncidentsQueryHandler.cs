using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.ListIncidents;

internal sealed class ListIncidentsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListIncidentsQuery, Page<IncidentDto>>
{
    public async Task<Page<IncidentDto>> Handle(ListIncidentsQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(IncidentRow.SelectFromSql, request, sortable: IncidentSorting.Keys)
            .WhereAnyOf(request.Type, "type", "Type")
            .WhereAnyOf(request.Severity, "severity", "Severity")
            .WhereAnyOf(request.Status, "status", "Status");

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<IncidentRow>(list.Build(connectionFactory.Dialect, cancellationToken))).ToList();
        var links = await IncidentRow.LinkedRisksAsync(connection, null, connectionFactory.Dialect, rows.Select(row => row.Id).ToList(), cancellationToken);
        return list.ToPage(rows, row => (row.CreatedAt, row.UpdatedAt, row.Id), row => IncidentRow.ToDto(row.ToDomain(links[row.Id])));
    }
}
