using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Application.OutboxFailures.GetOutboxFailure;

internal sealed class GetOutboxFailureQueryHandler(IDbConnectionFactory connectionFactory, ModuleCatalog catalog)
    : IQueryHandler<GetOutboxFailureQuery, OutboxFailureDto>
{
    public async Task<OutboxFailureDto> Handle(GetOutboxFailureQuery request, CancellationToken cancellationToken)
    {
        var union = string.Join(" UNION ALL ", catalog.WithRecords.Select(module => module.Sql(OutboxFailureRows.SelectSql + " WHERE id = @Id AND parked_at IS NOT NULL")));
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OutboxFailureDto>(new CommandDefinition(union, new { request.Id }, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Parked outbox message", request.Id);
    }
}
