using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.ListProducts;

internal sealed class ListProductsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListProductsQuery, Page<ProductDto>>
{
    public async Task<Page<ProductDto>> Handle(ListProductsQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(ProductRow.SelectFromSql, request, sortable: ProductSorting.Keys)
            .WhereAnyOf(request.Stage, "stage", "Stage")
            .WhereIfPresent(request.Owner, "owner = @Owner", "Owner");
        return await list.ReadAsync(connectionFactory, (ProductRow row) => row.ToDto(), cancellationToken);
    }
}
