using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.GetProduct;

internal sealed class GetProductQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetProductQuery, ProductDto>
{
    private const string Sql = ProductRow.SelectFromSql + " WHERE id = @Id";

    public async Task<ProductDto> Handle(GetProductQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<ProductRow>(Sql, new { request.Id }, "Product", request.Id, cancellationToken)).ToDto();
}
