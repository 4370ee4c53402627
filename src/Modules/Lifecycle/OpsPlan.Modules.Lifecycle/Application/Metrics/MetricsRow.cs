using OpsPlan.Modules.Lifecycle.Contracts.Metrics;
using OpsPlan.Modules.Lifecycle.Domain.Metrics;

namespace OpsPlan.Modules.Lifecycle.Application.Metrics;

/// <summary>A row of <c>lifecycle.product_metrics</c>: retention in hundredths of a percent, revenue in units of 1/10,000.</summary>
internal sealed class MetricsRow
{
    public const string SelectFromSql = """
        SELECT product_id AS ProductId, month AS Month, active_users AS ActiveUsers, revenue_minor AS RevenueMinor, currency AS Currency,
               retention_hundredths AS RetentionHundredths, nps AS Nps, updated_at AS UpdatedAt
        FROM lifecycle.product_metrics
        """;

    public Guid ProductId { get; init; }

    public DateOnly Month { get; init; }

    public long ActiveUsers { get; init; }

    public long RevenueMinor { get; init; }

    public string Currency { get; init; } = "";

    public int? RetentionHundredths { get; init; }

    public int? Nps { get; init; }

    public DateTime UpdatedAt { get; init; }

    public MonthlyFigures ToDomain() =>
        new(ProductId, Month, ActiveUsers, Money.FromMinorUnits(RevenueMinor, Currency), RetentionHundredths is { } retention ? retention / 100m : null, Nps);

    public ProductMetricsDto ToDto() => new()
    {
        Month = MonthText.Format(Month),
        ActiveUsers = ActiveUsers,
        Revenue = Money.FromMinorUnits(RevenueMinor, Currency),
        RetentionPercent = RetentionHundredths is { } retention ? retention / 100m : null,
        Nps = Nps,
        UpdatedAt = UpdatedAt,
    };
}
