using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.ListProductStageChanges;

/// <summary>A product's stage history, newest first (404 for an unknown product).</summary>
internal sealed class ListProductStageChangesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListProductStageChangesQuery, Page<ProductStageChangeDto>>
{
    public async Task<Page<ProductStageChangeDto>> Handle(ListProductStageChangesQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(LifecycleSql.ProductExistsSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken);

        // Changes are never edited, so the time of the change is both keys.
        var list = new KeysetListSql(StageChangeRow.SelectFromSql, request, "changed_at", "changed_at")
            .WhereIfPresent(request.ProductId, "product_id = @ProductId", "ProductId");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (StageChangeRow row) => (row.ChangedAt, row.ChangedAt, row.Id),
            row => row.ToDto(), cancellationToken);
    }
}
