using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.GetProductStageDurations;

internal sealed class GetProductStageDurationsQueryHandler(IDbConnectionFactory connectionFactory, IClock clock)
    : IQueryHandler<GetProductStageDurationsQuery, ProductStageDurationsDto>
{
    private const string Sql = StageTimeline.HistorySql + " WHERE product_id = @ProductId ORDER BY changed_at, id";

    public async Task<ProductStageDurationsDto> Handle(GetProductStageDurationsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(LifecycleSql.ProductExistsSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken);
        var history = await connection.QueryAsync<StageTimeline.Move>(new CommandDefinition(Sql, new { request.ProductId }, cancellationToken: cancellationToken));
        var now = clock.UtcNow;
        return new ProductStageDurationsDto
        {
            ProductId = request.ProductId,
            AsOf = now,
            Stages = StageTimeline.Of(history, now).SingleOrDefault().Stages ?? [],
        };
    }
}
