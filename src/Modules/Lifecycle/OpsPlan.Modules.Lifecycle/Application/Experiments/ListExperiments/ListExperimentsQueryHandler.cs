using OpsPlan.Modules.Lifecycle.Contracts.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.ListExperiments;

/// <summary>A product's experiments (404 for an unknown product), optionally by status.</summary>
internal sealed class ListExperimentsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListExperimentsQuery, Page<ExperimentDto>>
{
    public async Task<Page<ExperimentDto>> Handle(ListExperimentsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(LifecycleSql.ProductExistsSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken);
        var list = new KeysetListSql(ExperimentRow.SelectFromSql, request)
            .WhereIfPresent(request.ProductId, "product_id = @ProductId", "ProductId")
            .WhereAnyOf(request.Status, "status", "Status");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (ExperimentRow row) => (row.CreatedAt, row.UpdatedAt, row.Id), row => row.ToDto(),
            cancellationToken);
    }
}
