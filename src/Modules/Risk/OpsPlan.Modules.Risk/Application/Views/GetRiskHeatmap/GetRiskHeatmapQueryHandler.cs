using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Views;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Views.GetRiskHeatmap;

/// <summary>Counts per (likelihood, impact) in SQL, then laid out as the full 5 × 5 grid.</summary>
internal sealed class GetRiskHeatmapQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetRiskHeatmapQuery, RiskHeatmapDto>
{
    // Fragments, not statements: the filter goes between the select and the grouping.
    private const string InherentSelect = "SELECT likelihood AS Likelihood, impact AS Impact, COUNT(*) AS Count FROM risk.risks WHERE ";
    private const string ResidualSelect = "SELECT residual_likelihood AS Likelihood, residual_impact AS Impact, COUNT(*) AS Count FROM risk.risks WHERE residual_likelihood IS NOT NULL AND ";
    private const string InherentGrouping = " GROUP BY likelihood, impact";
    private const string ResidualGrouping = " GROUP BY residual_likelihood, residual_impact";

    public async Task<RiskHeatmapDto> Handle(GetRiskHeatmapQuery request, CancellationToken cancellationToken)
    {
        var (select, grouping) = request.Basis == HeatmapBasis.Residual ? (ResidualSelect, ResidualGrouping) : (InherentSelect, InherentGrouping);
        var filter = RiskViewFilter.Build(request.Category, request.Status, request.Owner);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var counts = (await connection.QueryAsync<CellCount>(new CommandDefinition(select + filter.Where + grouping, filter.Parameters, cancellationToken: cancellationToken)))
            .ToDictionary(cell => (cell.Likelihood, cell.Impact), cell => (int)cell.Count);

        var cells = new List<HeatmapCellDto>(25);
        for (var likelihood = RiskScore.Min; likelihood <= RiskScore.Max; likelihood++)
        {
            for (var impact = RiskScore.Min; impact <= RiskScore.Max; impact++)
            {
                var score = likelihood * impact;
                cells.Add(new HeatmapCellDto(likelihood, impact, score, RiskScore.LevelOf(score), counts.GetValueOrDefault((likelihood, impact))));
            }
        }

        return new RiskHeatmapDto(request.Basis, cells, cells.Sum(cell => cell.Count));
    }

    // Settable properties, not a positional record: Dapper converts each provider's integer types into them.
    private sealed class CellCount
    {
        public int Likelihood { get; init; }

        public int Impact { get; init; }

        public long Count { get; init; }
    }
}
