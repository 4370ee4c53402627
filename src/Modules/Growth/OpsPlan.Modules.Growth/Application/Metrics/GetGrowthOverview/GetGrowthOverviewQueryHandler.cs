using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Metrics;

namespace OpsPlan.Modules.Growth.Application.Metrics.GetGrowthOverview;

/// <summary>
/// The KPIs from the customers' kept aggregates and the per-day activity marks, never from raw events. One pass over
/// the customers gives the totals by channel and stage and, from each customer's kept last activity, who was active in
/// the week and month ending <c>to</c>: a customer last active in the window was active in it, one last active before it
/// was not. Only when someone was active after <c>to</c> (a past period) are the windows counted from the day marks.
/// </summary>
internal sealed class GetGrowthOverviewQueryHandler(IDbConnectionFactory connectionFactory, IOptions<GrowthOptions> options, IClock clock)
    : IQueryHandler<GetGrowthOverviewQuery, GrowthOverviewDto>
{
    private const int DefaultDays = 30;
    private const int WeekDays = 7;
    private const int MonthDays = 30;

    private const string CustomersSql = """
        SELECT acquisition_channel AS Channel, stage AS Stage, COUNT(*) AS InStage,
               SUM(CASE WHEN signed_up_at < @ToEnd THEN 1 ELSE 0 END) AS Customers,
               SUM(CASE WHEN signed_up_at >= @FromStart AND signed_up_at < @ToEnd THEN 1 ELSE 0 END) AS NewCustomers,
               SUM(CASE WHEN signed_up_at < @ToEnd THEN ltv_minor ELSE 0 END) AS LifetimeValueMinor,
               SUM(CASE WHEN signed_up_at < @ToEnd AND purchase_count >= 1 THEN 1 ELSE 0 END) AS Buyers,
               SUM(CASE WHEN signed_up_at < @ToEnd AND purchase_count >= 2 THEN 1 ELSE 0 END) AS Repeaters,
               SUM(CASE WHEN last_active_at >= @MonthStart AND last_active_at < @ToEnd THEN 1 ELSE 0 END) AS LastActiveInMonth,
               SUM(CASE WHEN last_active_at >= @WeekStart AND last_active_at < @ToEnd THEN 1 ELSE 0 END) AS LastActiveInWeek,
               SUM(CASE WHEN last_active_at >= @ToEnd THEN 1 ELSE 0 END) AS ActiveAfter
        FROM growth.customers
        GROUP BY acquisition_channel, stage
        """;

    // A past period: distinct customers with a day mark in the window, then their channels.
    private const string MonthlyActiveSql = """
        SELECT acquisition_channel AS Channel, COUNT(*) AS Active
        FROM growth.customers
        WHERE id IN (SELECT customer_id FROM growth.customer_activity_days WHERE day >= @MonthStartDay AND day <= @To)
        GROUP BY acquisition_channel
        """;

    private const string WeeklyActiveSql = "SELECT COUNT(DISTINCT customer_id) FROM growth.customer_activity_days WHERE day >= @WeekStartDay AND day <= @To";

    private const string ActiveDaysSql = "SELECT COUNT(*) FROM growth.customer_activity_days WHERE day >= @From AND day <= @To";

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

    public async Task<GrowthOverviewDto> Handle(GetGrowthOverviewQuery request, CancellationToken cancellationToken)
    {
        var to = request.To ?? clock.Today;
        var from = request.From ?? to.AddDays(-(DefaultDays - 1));
        var weekStartDay = to.AddDays(-(WeekDays - 1));
        var monthStartDay = to.AddDays(-(MonthDays - 1));
        var parameters = new
        {
            From = from,
            To = to,
            WeekStartDay = weekStartDay,
            MonthStartDay = monthStartDay,
            FromStart = StartOf(from),
            ToEnd = StartOf(to.AddDays(1)),
            WeekStart = StartOf(weekStartDay),
            MonthStart = StartOf(monthStartDay),
        };
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        CommandDefinition Command(string sql) => new(sql, parameters, cancellationToken: cancellationToken);

        var groups = (await connection.QueryAsync<CustomerGroupRow>(Command(CustomersSql))).ToList();
        var channels = groups.GroupBy(row => row.Channel).Select(group => (Channel: group.Key, Counts: Counts.Sum(group))).ToList();
        var activeAfter = groups.Sum(row => row.ActiveAfter) > 0;
        var monthly = activeAfter
            ? (await connection.QueryAsync<ActiveRow>(Command(MonthlyActiveSql))).ToDictionary(row => row.Channel ?? "", row => (int)row.Active)
            : channels.ToDictionary(row => row.Channel ?? "", row => (int)row.Counts.LastActiveInMonth);
        var weekly = activeAfter ? await connection.ExecuteScalarAsync<long>(Command(WeeklyActiveSql)) : channels.Sum(row => row.Counts.LastActiveInWeek);
        var activeDays = await connection.ExecuteScalarAsync<long>(Command(ActiveDaysSql));
        var churned = await connection.ExecuteScalarAsync<long>(Command(ChurnedSql));
        var churnBase = await connection.ExecuteScalarAsync<long>(Command(ChurnBaseSql));
        var stages = groups.GroupBy(row => EnumText.Parse<LifecycleStage>(row.Stage)).ToDictionary(group => group.Key, group => (int)group.Sum(row => row.InStage));

        var currency = options.Value.Currency;
        var dailyActive = Math.Round((decimal)activeDays / (to.DayNumber - from.DayNumber + 1), 2);
        var monthlyActive = monthly.Values.Sum();
        var total = Counts.Sum(channels.Select(row => row.Counts));
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
            ByChannel = channels.Where(row => row.Counts.Customers > 0)
                .OrderByDescending(row => row.Counts.Customers).ThenBy(row => row.Channel, StringComparer.Ordinal)
                .Select(row => new ChannelOverviewDto(row.Channel, (int)row.Counts.NewCustomers, (int)row.Counts.Customers, monthly.GetValueOrDefault(row.Channel ?? ""),
                    Ratio(row.Counts.Repeaters, row.Counts.Buyers), row.Counts.AverageLifetimeValue(currency)))
                .ToList(),
        };
    }

    private static DateTime StartOf(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static decimal? Ratio(decimal part, decimal whole) => whole == 0 ? null : Math.Round(part / whole, 4);

    /// <summary>What the overview adds up about customers: read by channel and stage, then summed by channel and in all.</summary>
    private class Counts
    {
        public long Customers { get; init; }

        public long NewCustomers { get; init; }

        public long LifetimeValueMinor { get; init; }

        public long Buyers { get; init; }

        public long Repeaters { get; init; }

        public long LastActiveInMonth { get; init; }

        public long LastActiveInWeek { get; init; }

        public static Counts Sum(IEnumerable<Counts> counts)
        {
            var rows = counts.ToList();
            return new Counts
            {
                Customers = rows.Sum(row => row.Customers),
                NewCustomers = rows.Sum(row => row.NewCustomers),
                LifetimeValueMinor = rows.Sum(row => row.LifetimeValueMinor),
                Buyers = rows.Sum(row => row.Buyers),
                Repeaters = rows.Sum(row => row.Repeaters),
                LastActiveInMonth = rows.Sum(row => row.LastActiveInMonth),
                LastActiveInWeek = rows.Sum(row => row.LastActiveInWeek),
            };
        }

        public Money AverageLifetimeValue(string currency) => Money.FromMinorUnits(Customers == 0 ? 0 : LifetimeValueMinor / Customers, currency);
    }

    /// <summary>The customers of one channel in one stage.</summary>
    private sealed class CustomerGroupRow : Counts
    {
        public string? Channel { get; init; }

        public string Stage { get; init; } = "";

        public long InStage { get; init; }

        public long ActiveAfter { get; init; }
    }

    private sealed class ActiveRow
    {
        public string? Channel { get; init; }

        public long Active { get; init; }
    }
}
