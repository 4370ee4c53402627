using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Finance.Contracts.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters.GetCostCenter;

internal sealed class GetCostCenterQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetCostCenterQuery, CostCenterDto>
{
    private const string Sql = CostCenterRow.SelectFromSql + " WHERE id = @Id";

    public async Task<CostCenterDto> Handle(GetCostCenterQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CostCenterRow>(new CommandDefinition(Sql, new { request.Id }, cancellationToken: cancellationToken));
        return row?.ToDto() ?? throw new NotFoundException("Cost center", request.Id);
    }
}
