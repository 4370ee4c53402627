using Microsoft.Extensions.Options;
using OpsPlan.Modules.Lifecycle.Application.Products;
using OpsPlan.Modules.Lifecycle.Contracts.Metrics;
using OpsPlan.Modules.Lifecycle.Domain.Metrics;

namespace OpsPlan.Modules.Lifecycle.Application.Metrics.GetProductHealth;

/// <summary>The decline rule over all of a product's months, with the latest retention and NPS beside it.</summary>
internal sealed class GetProductHealthQueryHandler(IDbConnectionFactory connectionFactory, IOptions<LifecycleOptions> options)
    : IQueryHandler<GetProductHealthQuery, ProductHealthDto>
{
    private const string ProductSql = ProductRow.SelectFromSql + " WHERE id = @ProductId";
    private const string FiguresSql = MetricsRow.SelectFromSql + " WHERE product_id = @ProductId ORDER BY month";

    public async Task<ProductHealthDto> Handle(GetProductHealthQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var product = (await connection.SingleOrNotFoundAsync<ProductRow>(ProductSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken))
            .ToDomain();
        var months = (await connection.QueryAsync<MetricsRow>(new CommandDefinition(FiguresSql, new { request.ProductId }, cancellationToken: cancellationToken)))
            .Select(row => row.ToDomain()).ToList();
        var rule = options.Value.DeclineRule;
        var signals = rule.Evaluate(months);
        var (recommendation, reasons) = ProductHealth.Advise(product.Stage, signals, rule);
        return new ProductHealthDto
        {
            ProductId = product.Id,
            Stage = product.Stage,
            LatestMonth = months.Count == 0 ? null : MonthText.Format(months[^1].Month),
            Months = months.Count,
            Rule = new DeclineRuleDto { ConsecutivePeriods = rule.ConsecutivePeriods, DropPercent = rule.DropPercent },
            Signals = signals.Select(signal => new HealthSignalDto
            {
                Metric = signal.Metric,
                Trend = signal.Trend,
                Latest = signal.Latest,
                ChangePercent = signal.ChangePercent,
                ConsecutiveFalls = signal.ConsecutiveFalls,
                StreakChangePercent = signal.StreakChangePercent,
                Declining = signal.Declining,
            }).ToList(),
            RetentionPercent = months.Count == 0 ? null : months[^1].RetentionPercent,
            Nps = months.Count == 0 ? null : months[^1].Nps,
            DeclineDetected = signals.Any(signal => signal.Declining),
            Recommendation = recommendation,
            Reasons = months.Count == 0 ? ["No monthly figures yet: nothing to judge, keep investing."] : reasons,
        };
    }
}
