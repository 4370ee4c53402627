using OpsPlan.Modules.Lifecycle.Application.Metrics;
using OpsPlan.Modules.Lifecycle.Domain.Metrics;

namespace OpsPlan.Modules.Lifecycle.Infrastructure.Persistence;

/// <summary>Monthly figures, upserted by product and month.</summary>
internal sealed class ProductMetricsRepository(IUnitOfWork unitOfWork) : IProductMetricsRepository
{
    private const string ByProductsSqlite = MetricsRow.SelectFromSql + " WHERE product_id IN (SELECT value FROM json_each(@Ids)) ORDER BY product_id, month";
    private const string ByProductsSqlServer = MetricsRow.SelectFromSql
        + " WHERE product_id IN (SELECT CAST(value AS UNIQUEIDENTIFIER) FROM OPENJSON(@Ids)) ORDER BY product_id, month";

    private const string UpsertSqlite = """
        INSERT INTO lifecycle.product_metrics (product_id, month, active_users, revenue_minor, currency, retention_hundredths, nps, created_at, updated_at)
        VALUES (@ProductId, @Month, @ActiveUsers, @RevenueMinor, @Currency, @RetentionHundredths, @Nps, @Now, @Now)
        ON CONFLICT (product_id, month) DO UPDATE SET active_users = excluded.active_users, revenue_minor = excluded.revenue_minor, currency = excluded.currency,
            retention_hundredths = excluded.retention_hundredths, nps = excluded.nps, updated_at = excluded.updated_at
        """;

    // HOLDLOCK: the match and the insert are one step under concurrent writers.
    private const string UpsertSqlServer = """
        MERGE lifecycle.product_metrics WITH (HOLDLOCK) AS target
        USING (SELECT @ProductId AS product_id, @Month AS month) AS source ON target.product_id = source.product_id AND target.month = source.month
        WHEN MATCHED THEN UPDATE SET active_users = @ActiveUsers, revenue_minor = @RevenueMinor, currency = @Currency, retention_hundredths = @RetentionHundredths,
            nps = @Nps, updated_at = @Now
        WHEN NOT MATCHED THEN INSERT (product_id, month, active_users, revenue_minor, currency, retention_hundredths, nps, created_at, updated_at)
            VALUES (@ProductId, @Month, @ActiveUsers, @RevenueMinor, @Currency, @RetentionHundredths, @Nps, @Now, @Now);
        """;

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<MonthlyFigures>>> FindAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken) =>
        productIds.Count == 0
            ? new Dictionary<Guid, IReadOnlyList<MonthlyFigures>>()
            : (await unitOfWork.QueryAsync<MetricsRow>(unitOfWork.Dialect.Pick(ByProductsSqlite, ByProductsSqlServer), new { Ids = JsonRows.Ids(productIds) },
                cancellationToken)).GroupBy(row => row.ProductId).ToDictionary(product => product.Key, IReadOnlyList<MonthlyFigures> (product) =>
                    product.Select(row => row.ToDomain()).ToList());

    public Task UpsertAsync(IReadOnlyCollection<MonthlyFigures> figures, DateTime now, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(unitOfWork.Dialect.Pick(UpsertSqlite, UpsertSqlServer), figures.Select(month => new
        {
            month.ProductId,
            month.Month,
            month.ActiveUsers,
            RevenueMinor = month.Revenue.MinorUnits,
            month.Revenue.Currency,
            RetentionHundredths = month.RetentionPercent is { } retention ? (int?)(int)(retention * 100) : null,
            month.Nps,
            Now = now,
        }).ToList(), cancellationToken);
}
