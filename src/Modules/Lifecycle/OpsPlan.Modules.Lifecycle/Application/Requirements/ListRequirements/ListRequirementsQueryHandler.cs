using OpsPlan.Modules.Lifecycle.Contracts.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements.ListRequirements;

/// <summary>A product's requirements (404 for an unknown product), filtered by status, priority and target version.</summary>
internal sealed class ListRequirementsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListRequirementsQuery, Page<RequirementDto>>
{
    public async Task<Page<RequirementDto>> Handle(ListRequirementsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(LifecycleSql.ProductExistsSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken);
        var list = new KeysetListSql(RequirementRow.SelectFromSql, request, sortable: RequirementSorting.Keys)
            .WhereIfPresent(request.ProductId, "product_id = @ProductId", "ProductId")
            .WhereAnyOf(request.Status, "status", "Status")
            .WhereAnyOf(request.Priority, "priority", "Priority")
            .WhereIfPresent(request.TargetVersion, "target_version = @TargetVersion", "TargetVersion");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (RequirementRow row) => (row.CreatedAt, row.UpdatedAt, row.Id), row => row.ToDto(),
            cancellationToken);
    }
}
