using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.GetIncidentMetrics;

/// <summary>
/// Reads the three timestamps of the period's incidents (bounded to a year) and averages in C#: time differences
/// are written differently on each provider, and incidents are few.
/// </summary>
internal sealed class GetIncidentMetricsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetIncidentMetricsQuery, IncidentMetricsDto>
{
    private const string Sql = """
        SELECT severity AS Severity, detected_at AS DetectedAt, confirmed_at AS ConfirmedAt, recovered_at AS RecoveredAt
        FROM risk.incidents
        WHERE detected_at >= @From AND detected_at < @To
        """;

    public async Task<IncidentMetricsDto> Handle(GetIncidentMetricsQuery request, CancellationToken cancellationToken)
    {
        var from = request.From!.Value.ToUniversalTime();
        var to = request.To!.Value.ToUniversalTime();
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var incidents = (await connection.QueryAsync<Timing>(new CommandDefinition(Sql, new { From = from, To = to }, cancellationToken: cancellationToken))).ToList();

        var bySeverity = Enum.GetValues<IncidentSeverity>()
            .Select(severity => new SeverityTimingsDto(severity, Timings(incidents.Where(incident => incident.Severity == EnumText.ToText(severity)).ToList())))
            .ToList();
        return new IncidentMetricsDto(from, to, Timings(incidents), bySeverity);
    }

    private static IncidentTimingsDto Timings(IReadOnlyList<Timing> incidents)
    {
        var toConfirm = incidents.Where(incident => incident.ConfirmedAt is not null).Select(incident => (incident.ConfirmedAt!.Value - incident.DetectedAt).TotalMinutes).ToList();
        var toRecover = incidents.Where(incident => incident.RecoveredAt is not null).Select(incident => (incident.RecoveredAt!.Value - incident.DetectedAt).TotalMinutes).ToList();
        return new IncidentTimingsDto(incidents.Count, toConfirm.Count, toRecover.Count, MeanOrNull(toConfirm), MeanOrNull(toRecover));
    }

    private static double? MeanOrNull(List<double> minutes) => minutes.Count == 0 ? null : Math.Round(minutes.Average(), 2);

    private sealed class Timing
    {
        public string Severity { get; init; } = "";

        public DateTime DetectedAt { get; init; }

        public DateTime? ConfirmedAt { get; init; }

        public DateTime? RecoveredAt { get; init; }
    }
}
