using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.GetOpenIncidentCounts;

internal sealed class GetOpenIncidentCountsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetOpenIncidentCountsQuery, OpenIncidentCountsDto>
{
    private const string Sql = "SELECT severity AS Severity, COUNT(*) AS Incidents FROM risk.incidents WHERE status <> 'closed' GROUP BY severity";

    public async Task<OpenIncidentCountsDto> Handle(GetOpenIncidentCountsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var counts = (await connection.QueryAsync<SeverityCount>(new CommandDefinition(Sql, cancellationToken: cancellationToken)))
            .ToDictionary(row => EnumText.Parse<IncidentSeverity>(row.Severity), row => (int)row.Incidents);
        return new OpenIncidentCountsDto(counts.Values.Sum(), Enum.GetValues<IncidentSeverity>().ToDictionary(severity => severity, counts.GetValueOrDefault));
    }

    private sealed class SeverityCount
    {
        public string Severity { get; init; } = "";

        public long Incidents { get; init; }
    }
}
