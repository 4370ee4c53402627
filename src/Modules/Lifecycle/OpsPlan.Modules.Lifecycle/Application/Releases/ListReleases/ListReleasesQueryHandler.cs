using OpsPlan.Modules.Lifecycle.Contracts.Releases;

namespace OpsPlan.Modules.Lifecycle.Application.Releases.ListReleases;

/// <summary>A product's releases (404 for an unknown product), optionally of some types.</summary>
internal sealed class ListReleasesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListReleasesQuery, Page<ReleaseDto>>
{
    public async Task<Page<ReleaseDto>> Handle(ListReleasesQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(LifecycleSql.ProductExistsSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken);
        var list = new KeysetListSql(ReleaseRow.SelectFromSql, request, sortable: ReleaseSorting.Keys)
            .WhereIfPresent(request.ProductId, "product_id = @ProductId", "ProductId")
            .WhereAnyOf(request.Type, "type", "Type");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (ReleaseRow row) => (row.CreatedAt, row.UpdatedAt, row.Id), row => row.ToDto(), cancellationToken);
    }
}
