using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Sla;

namespace OpsPlan.Modules.Partners.Application.Sla.GetPartnerSla;

/// <summary>A partner's SLA compliance: measurements and breaches counted in SQL per metric and month, across its agreements.</summary>
internal sealed class GetPartnerSlaQueryHandler(IDbConnectionFactory connectionFactory, ICurrentUser user, IClock clock) : IQueryHandler<GetPartnerSlaQuery, PartnerSlaDto>
{
    private const int DefaultMonths = 12;

    private const string Sql = """
        SELECT metric AS Metric, period AS Period, COUNT(*) AS Measurements, SUM(CASE WHEN met = 0 THEN 1 ELSE 0 END) AS Breaches
        FROM partners.sla_measurements
        WHERE partner_id = @PartnerId AND period >= @From AND period <= @To
        GROUP BY metric, period
        """;

    public async Task<PartnerSlaDto> Handle(GetPartnerSlaQuery request, CancellationToken cancellationToken)
    {
        user.EnsureVisible(request.PartnerId);
        var to = request.To is { } toText ? MonthText.Parse(toText) : MonthText.Of(clock.Today);
        var from = request.From is { } fromText ? MonthText.Parse(fromText) : to.AddMonths(-(DefaultMonths - 1));
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(PartnerScope.PartnerExistsSql, new { request.PartnerId }, "Partner", request.PartnerId, cancellationToken);
        var rows = (await connection.QueryAsync<PeriodRow>(new CommandDefinition(Sql, new { request.PartnerId, From = from, To = to }, cancellationToken: cancellationToken)))
            .ToList();
        return new PartnerSlaDto
        {
            PartnerId = request.PartnerId,
            From = MonthText.Format(from),
            To = MonthText.Format(to),
            Metrics = rows.GroupBy(row => EnumText.Parse<SlaMetric>(row.Metric)).OrderBy(metric => metric.Key).Select(metric =>
            {
                var (measurements, breaches) = (metric.Sum(row => (int)row.Measurements), metric.Sum(row => (int)row.Breaches));
                return new SlaMetricComplianceDto
                {
                    Metric = metric.Key,
                    Measurements = measurements,
                    Breaches = breaches,
                    CompliancePercent = Compliance(measurements, breaches),
                    Periods = metric.OrderBy(row => row.Period).Select(row => new SlaPeriodComplianceDto
                    {
                        Period = MonthText.Format(row.Period),
                        Measurements = (int)row.Measurements,
                        Breaches = (int)row.Breaches,
                        CompliancePercent = Compliance((int)row.Measurements, (int)row.Breaches)!.Value,
                    }).ToList(),
                };
            }).ToList(),
        };
    }

    private static decimal? Compliance(int measurements, int breaches) => measurements == 0 ? null : Math.Round((measurements - breaches) * 100m / measurements, 2);

    private sealed class PeriodRow
    {
        public string Metric { get; init; } = "";

        public DateOnly Period { get; init; }

        public long Measurements { get; init; }

        public long Breaches { get; init; }
    }
}
