using OpsPlan.Modules.Finance.Contracts.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters.GetCostCenter;

internal sealed class GetCostCenterQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetCostCenterQuery, CostCenterDto>
{
    private const string Sql = CostCenterRow.SelectFromSql + " WHERE id = @Id";

    public async Task<CostCenterDto> Handle(GetCostCenterQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<CostCenterRow>(Sql, new { request.Id }, "Cost center", request.Id, cancellationToken)).ToDto();
}
