using OpsPlan.Modules.Lifecycle.Contracts.Metrics;

namespace OpsPlan.Modules.Lifecycle.Application.Metrics.ListProductMetrics;

internal sealed class ListProductMetricsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListProductMetricsQuery, IReadOnlyList<ProductMetricsDto>>
{
    private const string Sql = MetricsRow.SelectFromSql + " WHERE product_id = @ProductId AND month >= @From AND month <= @To ORDER BY month";

    public async Task<IReadOnlyList<ProductMetricsDto>> Handle(ListProductMetricsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(LifecycleSql.ProductExistsSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken);
        var parameters = new
        {
            request.ProductId,
            From = request.From is { } from ? MonthText.Parse(from) : DateBounds.Earliest,
            To = request.To is { } to ? MonthText.Parse(to) : DateBounds.Latest,
        };
        return (await connection.QueryAsync<MetricsRow>(new CommandDefinition(Sql, parameters, cancellationToken: cancellationToken))).Select(row => row.ToDto()).ToList();
    }
}
