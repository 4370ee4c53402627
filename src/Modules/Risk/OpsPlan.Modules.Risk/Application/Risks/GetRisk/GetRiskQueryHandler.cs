using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.GetRisk;

internal sealed class GetRiskQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetRiskQuery, RiskDto>
{
    private const string Sql = "SELECT " + RiskRow.Columns + " FROM risk.risks WHERE id = @Id";

    public async Task<RiskDto> Handle(GetRiskQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<RiskRow>(Sql, new { request.Id }, "Risk", request.Id, cancellationToken)).ToDto();
}
