using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Risk.Contracts.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations.GetMitigation;

internal sealed class GetMitigationQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetMitigationQuery, MitigationDto>
{
    private const string Sql = MitigationRow.SelectFromSql + " WHERE risk_id = @RiskId AND id = @MitigationId";

    public async Task<MitigationDto> Handle(GetMitigationQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<MitigationRow>(new CommandDefinition(Sql, new { request.RiskId, request.MitigationId }, cancellationToken: cancellationToken));
        return row?.ToDto(clock.Today) ?? throw new NotFoundException("Mitigation", request.MitigationId);
    }
}
