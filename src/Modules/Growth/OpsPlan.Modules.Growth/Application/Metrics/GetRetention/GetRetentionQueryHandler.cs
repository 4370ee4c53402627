using OpsPlan.Modules.Growth.Contracts.Metrics;

namespace OpsPlan.Modules.Growth.Application.Metrics.GetRetention;

/// <summary>
/// Cohorts by sign-up month, counted from the per-month activity marks: cell (cohort, month) is the cohort's customers
/// active that month. A month with no customers is still a row, of size 0.
/// </summary>
internal sealed class GetRetentionQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetRetentionQuery, RetentionDto>
{
    private const int DefaultCohorts = 12;

    private const string SizesSql = """
        SELECT signup_month AS Cohort, COUNT(*) AS Customers
        FROM growth.customers
        WHERE signup_month >= @FromMonth AND signup_month <= @ToMonth
        GROUP BY signup_month
        """;

    // Each month mark carries its customer's sign-up month: the cells come from the marks alone.
    private const string ActiveSql = """
        SELECT signup_month AS Cohort, month AS Month, COUNT(*) AS Customers
        FROM growth.monthly_active_customers
        WHERE month >= @FromMonth AND month <= @ToMonth AND signup_month >= @FromMonth AND signup_month <= @ToMonth AND month >= signup_month
        GROUP BY signup_month, month
        """;

    public async Task<RetentionDto> Handle(GetRetentionQuery request, CancellationToken cancellationToken)
    {
        var to = request.To ?? clock.Today;
        var toMonth = new DateOnly(to.Year, to.Month, 1);
        var fromMonth = request.From is { } from ? new DateOnly(from.Year, from.Month, 1) : toMonth.AddMonths(-(DefaultCohorts - 1));
        var parameters = new { FromMonth = fromMonth, ToMonth = toMonth };

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var sizes = (await connection.QueryAsync<CountRow>(new CommandDefinition(SizesSql, parameters, cancellationToken: cancellationToken)))
            .ToDictionary(row => row.Cohort, row => (int)row.Customers);
        var active = (await connection.QueryAsync<CountRow>(new CommandDefinition(ActiveSql, parameters, cancellationToken: cancellationToken)))
            .ToDictionary(row => (row.Cohort, row.Month), row => (int)row.Customers);

        var cohorts = new List<CohortDto>();
        for (var cohort = fromMonth; cohort <= toMonth; cohort = cohort.AddMonths(1))
        {
            var size = sizes.GetValueOrDefault(cohort);
            var cells = new List<RetentionCellDto>();
            for (var (month, period) = (cohort, 0); month <= toMonth; month = month.AddMonths(1), period++)
            {
                var count = active.GetValueOrDefault((cohort, month));
                cells.Add(new RetentionCellDto(period, month, count, size == 0 ? null : Math.Round((decimal)count / size, 4)));
            }

            cohorts.Add(new CohortDto(cohort, size, cells));
        }

        return new RetentionDto(fromMonth, toMonth, request.By, cohorts);
    }

    private sealed class CountRow
    {
        public DateOnly Cohort { get; init; }

        public DateOnly Month { get; init; }

        public long Customers { get; init; }
    }
}
