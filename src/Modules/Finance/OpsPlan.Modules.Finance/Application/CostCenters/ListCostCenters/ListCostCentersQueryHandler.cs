using OpsPlan.Modules.Finance.Contracts.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters.ListCostCenters;

internal sealed class ListCostCentersQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListCostCentersQuery, Page<CostCenterDto>>
{
    public async Task<Page<CostCenterDto>> Handle(ListCostCentersQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(CostCenterRow.SelectFromSql, request, sortable: CostCenterSorting.Keys)
            .WhereIfPresent(request.ParentId, "parent_id = @ParentId", "ParentId")
            .WhereIfPresent(request.Archived, "archived = @Archived", "Archived")
            .WhereIfPresent(request.Code, "code = @Code", "Code");
        if (request.Roots == true)
        {
            list.Where("parent_id IS NULL");
        }

        return await list.ReadAsync(connectionFactory, (CostCenterRow row) => row.ToDto(), cancellationToken);
    }
}
