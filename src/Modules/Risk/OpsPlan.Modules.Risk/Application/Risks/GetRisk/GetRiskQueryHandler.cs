using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.GetRisk;

internal sealed class GetRiskQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetRiskQuery, RiskDto>
{
    private const string Sql = "SELECT " + RiskRow.Columns + " FROM risk.risks WHERE id = @Id";

    public async Task<RiskDto> Handle(GetRiskQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RiskRow>(new CommandDefinition(Sql, new { request.Id }, cancellationToken: cancellationToken));
        return row?.ToDto() ?? throw new NotFoundException("Risk", request.Id);
    }
}
