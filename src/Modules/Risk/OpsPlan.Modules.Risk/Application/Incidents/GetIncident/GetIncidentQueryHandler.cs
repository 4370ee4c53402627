using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.GetIncident;

internal sealed class GetIncidentQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetIncidentQuery, IncidentDto>
{
    private const string Sql = IncidentRow.SelectFromSql + " WHERE id = @Id";

    public async Task<IncidentDto> Handle(GetIncidentQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.SingleOrNotFoundAsync<IncidentRow>(Sql, new { request.Id }, "Incident", request.Id, cancellationToken);
        var links = await IncidentRow.LinkedRisksAsync(connection, null, connectionFactory.Dialect, [row.Id], cancellationToken);
        return IncidentRow.ToDto(row.ToDomain(links[row.Id]));
    }
}
