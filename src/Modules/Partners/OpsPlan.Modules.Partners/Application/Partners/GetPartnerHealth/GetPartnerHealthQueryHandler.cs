using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.GetPartnerHealth;

/// <summary>Breaches counted per partner in SQL, and the partners on probation.</summary>
internal sealed class GetPartnerHealthQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetPartnerHealthQuery, PartnerHealthDto>
{
    private const string BreachesSql = """
        SELECT p.id AS PartnerId, p.name AS Name, p.status AS Status, b.Breaches AS Breaches
        FROM (SELECT partner_id, COUNT(*) AS Breaches FROM partners.sla_measurements WHERE met = 0 AND period >= @From AND period <= @To GROUP BY partner_id) b
        JOIN partners.partners p ON p.id = b.partner_id
        """;

    // Probation is the tier the latest scorecard recommends; a terminated partner is past caring about.
    private const string OnProbationSql = "SELECT id AS PartnerId, name AS Name, status AS Status FROM partners.partners WHERE tier = 'probation' AND status <> 'terminated'";

    public async Task<PartnerHealthDto> Handle(GetPartnerHealthQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var breaches = (await connection.QueryAsync<BreachesRow>(new CommandDefinition(BreachesSql, new { From = MonthText.Parse(request.From), To = MonthText.Parse(request.To) }, cancellationToken: cancellationToken))).ToList();
        var onProbation = (await connection.QueryAsync<ProbationRow>(new CommandDefinition(OnProbationSql, cancellationToken: cancellationToken))).ToList();
        return new PartnerHealthDto
        {
            From = request.From,
            To = request.To,
            SlaBreaches = (int)breaches.Sum(row => row.Breaches),
            MostBreaches = breaches.OrderByDescending(row => row.Breaches).ThenBy(row => row.Name, StringComparer.Ordinal).Take(PartnerHealthDto.MaxListed)
                .Select(row => new PartnerBreachesDto(row.PartnerId, row.Name, EnumText.Parse<PartnerStatus>(row.Status), (int)row.Breaches)).ToList(),
            PartnersOnProbation = onProbation.Count,
            OnProbation = onProbation.OrderBy(row => row.Name, StringComparer.Ordinal).Take(PartnerHealthDto.MaxListed)
                .Select(row => new PartnerOnProbationDto(row.PartnerId, row.Name, EnumText.Parse<PartnerStatus>(row.Status))).ToList(),
        };
    }

    private sealed class BreachesRow
    {
        public Guid PartnerId { get; init; }

        public string Name { get; init; } = "";

        public string Status { get; init; } = "";

        public long Breaches { get; init; }
    }

    private sealed class ProbationRow
    {
        public Guid PartnerId { get; init; }

        public string Name { get; init; } = "";

        public string Status { get; init; } = "";
    }
}
