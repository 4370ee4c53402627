using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.ListRisks;

internal sealed class ListRisksQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListRisksQuery, Page<RiskDto>>
{
    public async Task<Page<RiskDto>> Handle(ListRisksQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql("SELECT " + RiskRow.Columns + " FROM risk.risks", request, sortable: RiskSorting.Keys)
            .WhereAnyOf(request.Category, "category", "Category")
            .WhereAnyOf(request.Level, "level", "Level")
            .WhereAnyOf(request.Status, "status", "Status")
            .WhereIfPresent(request.Owner, "owner = @Owner", "Owner")
            .WhereIfPresent(request.Source, "source = @Source", "Source")
            .WhereIfPresent(request.SourceReference, "source_reference = @SourceReference", "SourceReference");

        return await list.ReadAsync(connectionFactory, (RiskRow row) => row.ToDto(), cancellationToken);
    }
}
