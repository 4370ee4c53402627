using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Metrics;

namespace OpsPlan.Modules.Growth.Application.Metrics.GetGrowthOverview;

/// <summary>
/// The KPIs from the customers' kept aggregates and the per-day activity marks, never from raw events: each figure
/// is one grouped read over an index.
/// </summary>
internal sealed class GetGrowthOverviewQueryHandler(IDbConnectionFactory connectionFactory, IOptions<GrowthOptions> options, IClock clock)
    : IQueryHandler<GetGrowthOverviewQuery, GrowthOverviewDto>
{
    private const int DefaultDays = 30;

    private const string ChannelsSql = """
        SELECT acquisition_channel AS Channel, COUNT(*) AS Customers,
               SUM(CASE WHEN signed_up_at >= @FromStart THEN 1 ELSE 0 END) AS NewCustomers,
               SUM(ltv_minor) AS LifetimeValueMinor,
               SUM(CASE WHEN purchase_count >= 1 THEN 1 ELSE 0 END) AS Buyers,
               SUM(CASE WHEN purchase_count >= 2 THEN 1 ELSE 0 END) AS Repeaters
        FROM growth.customers
        WHERE signed_up_at < @ToEnd
        GROUP BY acquisition_channel
        """;

    private const string MonthlyActiveSql = """
        SELECT c.acquisition_channel AS Channel, COUNT(DISTINCT d.customer_id) AS Active
        FROM growth.customer_activity_days d JOIN growth.customers c ON c.id = d.customer_id
        WHERE d.day > @MonthStart AND d.day <= @To
        GROUP BY c.acquisition_channel
        """;

    private const string ActiveDaysSql = "SELECT COUNT(*) FROM growth.customer_activity_days WHERE day >= @From AND day <= @To";

    private const string WeeklyActiveSql = "SELECT COUNT(DISTINCT customer_id) FROM growth.customer_activity_days WHERE day > @WeekStart AND day <= @To";

    private const string ChurnedSql = """
        SELECT COUNT(DISTINCT customer_id) FROM growth.stage_history
        WHERE to_stage = 'churned' AND changed_at >= @FromStart AND changed_at < @ToEnd
        """;

    // Not churned when the range began: no history entry before it, or the last one before it is not a move to churned.
    private const string ChurnBaseSql = """
        SELECT COUNT(*) FROM growth.customers c
        WHERE c.signed_up_at < @FromStart
          AND NOT EXISTS (
              SELECT 1 FROM growth.stage_history h
              WHERE h.customer_id = c.id AND h.changed_at < @FromStart AND h.to_stage = 'churned'
                AND NOT EXISTS (SELECT 1 FROM growth.stage_history later
                                WHERE later.customer_id = c.id AND later.changed_at < @FromStart AND later.changed_at > h.changed_at))
        """;

    private const string StagesSql = "SELECT stage AS Stage, COUNT(*) AS Customers FROM growth.customers GROUP BY stage";

    public async Task<GrowthOverviewDto> Handle(GetGrowthOverviewQuery request, CancellationToken cancellationToken)
    {
        var to = request.To ?? clock.Today;
        var from = request.From ?? to.AddDays(-(DefaultDays - 1));
        var parameters = new
        {
            From = from,
            To = to,
            FromStart = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ToEnd = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            WeekStart = to.AddDays(-7),
            MonthStart = to.AddDays(-30),
        };
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        CommandDefinition Command(string sql) => new(sql, parameters, cancellationToken: cancellationToken);

        var channels = (await connection.QueryAsync<ChannelRow>(Command(ChannelsSql))).ToList();
        var monthly = (await connection.QueryAsync<ActiveRow>(Command(MonthlyActiveSql))).ToDictionary(row => row.Channel ?? "", row => (int)row.Active);
        var activeDays = await connection.ExecuteScalarAsync<long>(Command(ActiveDaysSql));
        var weekly = await connection.ExecuteScalarAsync<long>(Command(WeeklyActiveSql));
        var churned = await connection.ExecuteScalarAsync<long>(Command(ChurnedSql));
        var churnBase = await connection.ExecuteScalarAsync<long>(Command(ChurnBaseSql));
        var stages = (await connection.QueryAsync<StageRow>(Command(StagesSql))).ToDictionary(row => EnumText.Parse<LifecycleStage>(row.Stage), row => (int)row.Customers);

        var currency = options.Value.Currency;
        var dailyActive = Math.Round((decimal)activeDays / (to.DayNumber - from.DayNumber + 1), 2);
        var monthlyActive = monthly.Values.Sum();
        var total = ChannelRow.Total(channels);
        return new GrowthOverviewDto
        {
            From = from,
            To = to,
            NewCustomers = (int)total.NewCustomers,
            Customers = (int)total.Customers,
            Dau = dailyActive,
            Wau = (int)weekly,
            Mau = monthlyActive,
            Stickiness = Ratio(dailyActive, monthlyActive),
            Churned = (int)churned,
            ChurnRate = Ratio(churned, churnBase),
            RepurchaseRate = Ratio(total.Repeaters, total.Buyers),
            AverageLifetimeValue = total.AverageLifetimeValue(currency),
            Stages = new StageCountsDto(stages.GetValueOrDefault(LifecycleStage.New), stages.GetValueOrDefault(LifecycleStage.Active),
                stages.GetValueOrDefault(LifecycleStage.AtRisk), stages.GetValueOrDefault(LifecycleStage.Churned), stages.GetValueOrDefault(LifecycleStage.Reactivated)),
            ByChannel = channels.OrderByDescending(row => row.Customers).ThenBy(row => row.Channel, StringComparer.Ordinal)
                .Select(row => new ChannelOverviewDto(row.Channel, (int)row.NewCustomers, (int)row.Customers, monthly.GetValueOrDefault(row.Channel ?? ""),
                    Ratio(row.Repeaters, row.Buyers), row.AverageLifetimeValue(currency)))
                .ToList(),
        };
    }

    private static decimal? Ratio(decimal part, decimal whole) => whole == 0 ? null : Math.Round(part / whole, 4);

    private sealed class ChannelRow
    {
        public string? Channel { get; init; }

        public long Customers { get; init; }

        public long NewCustomers { get; init; }

        public long LifetimeValueMinor { get; init; }

        public long Buyers { get; init; }

        public long Repeaters { get; init; }

        public static ChannelRow Total(IReadOnlyCollection<ChannelRow> rows) => new()
        {
            Customers = rows.Sum(row => row.Customers),
            NewCustomers = rows.Sum(row => row.NewCustomers),
            LifetimeValueMinor = rows.Sum(row => row.LifetimeValueMinor),
            Buyers = rows.Sum(row => row.Buyers),
            Repeaters = rows.Sum(row => row.Repeaters),
        };

        public Money AverageLifetimeValue(string currency) => Money.FromMinorUnits(Customers == 0 ? 0 : LifetimeValueMinor / Customers, currency);
    }

    private sealed class ActiveRow
    {
        public string? Channel { get; init; }

        public long Active { get; init; }
    }

    private sealed class StageRow
    {
        public string Stage { get; init; } = "";

        public long Customers { get; init; }
    }
}
