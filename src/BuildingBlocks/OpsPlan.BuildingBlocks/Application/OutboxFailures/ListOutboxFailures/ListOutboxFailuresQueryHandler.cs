using Dapper;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Application.OutboxFailures.ListOutboxFailures;

/// <summary>Each module keeps its own outbox; this reads their parked rows as one list.</summary>
internal sealed class ListOutboxFailuresQueryHandler(IDbConnectionFactory connectionFactory, ModuleCatalog catalog)
    : IQueryHandler<ListOutboxFailuresQuery, Page<OutboxFailureDto>>
{
    public async Task<Page<OutboxFailureDto>> Handle(ListOutboxFailuresQuery request, CancellationToken cancellationToken)
    {
        var modules = request.Module is null ? catalog.WithRecords : [catalog.Find(request.Module)!];
        var union = string.Join(" UNION ALL ", modules.Select(module => module.Sql(OutboxFailureRows.SelectSql + " WHERE parked_at IS NOT NULL")));
        var list = new KeysetListSql("SELECT * FROM (" + union + ") failures", request, createdColumn: "OccurredAt", updatedColumn: "ParkedAt", idColumn: "Id")
            .WhereIfPresent(request.Type, "Type = @Type", "Type");

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutboxFailureDto>(list.Build(connectionFactory.Dialect, cancellationToken));
        return list.ToPage(rows, row => (row.OccurredAt, row.ParkedAt!.Value, row.Id), row => row);
    }
}
