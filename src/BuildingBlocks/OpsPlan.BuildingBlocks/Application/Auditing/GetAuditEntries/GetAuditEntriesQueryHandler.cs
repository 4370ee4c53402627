using Dapper;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Application.Auditing.GetAuditEntries;

/// <summary>Each module keeps its own audit table; this reads them as one trail.</summary>
internal sealed class GetAuditEntriesQueryHandler(IDbConnectionFactory connectionFactory, ModuleCatalog catalog)
    : IQueryHandler<GetAuditEntriesQuery, Page<AuditEntryDto>>
{
    private const string ModuleSelectSql = """
        SELECT id AS Id, occurred_at AS OccurredAt, user_id AS UserId, module AS Module, command AS Command,
               record_id AS RecordId, outcome AS Outcome, trace_id AS TraceId
        FROM {schema}.audit_entries
        """;

    public async Task<Page<AuditEntryDto>> Handle(GetAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var modules = request.Module is null ? catalog.WithRecords : [catalog.Find(request.Module)!];
        var union = string.Join(" UNION ALL ", modules.Select(module => module.Sql(ModuleSelectSql)));
        var list = new KeysetListSql("SELECT * FROM (" + union + ") entries", request, createdColumn: "OccurredAt", updatedColumn: "OccurredAt", idColumn: "Id")
            .WhereIfPresent(request.RecordId, "RecordId = @RecordId", "RecordId")
            .WhereIfPresent(request.UserId, "UserId = @UserId", "UserId");

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditEntryDto>(list.Build(connectionFactory.Dialect, cancellationToken));
        return list.ToPage(rows, row => (row.OccurredAt, row.OccurredAt, row.Id), row => row);
    }
}
