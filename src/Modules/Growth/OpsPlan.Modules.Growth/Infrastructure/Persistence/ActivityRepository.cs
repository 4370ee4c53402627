using OpsPlan.Modules.Growth.Domain.Activity;

namespace OpsPlan.Modules.Growth.Infrastructure.Persistence;

/// <summary>
/// Stores activity events and the per-day and per-month activity marks the KPIs count. A batch holds up to 10,000
/// events, so each step is one statement over all of them (<see cref="JsonRows"/>), not one per event.
/// </summary>
internal sealed class ActivityRepository(IUnitOfWork unitOfWork) : IActivityRepository
{
    private const string ReceivedSqlite = """
        SELECT event_id AS EventId, id AS Id FROM growth.activity_events
        WHERE event_id IN (SELECT value FROM json_each(@EventIds))
        """;

    private const string ReceivedSqlServer = """
        SELECT event_id AS EventId, id AS Id FROM growth.activity_events
        WHERE event_id IN (SELECT value FROM OPENJSON(@EventIds))
        """;

    private const string InsertSqlite = """
        INSERT INTO growth.activity_events (id, event_id, customer_id, type, occurred_at, value_minor, currency, product_id, received_at)
        SELECT json_extract(value, '$.id'), json_extract(value, '$.eventId'), json_extract(value, '$.customerId'), json_extract(value, '$.type'),
               json_extract(value, '$.occurredAt'), json_extract(value, '$.valueMinor'), json_extract(value, '$.currency'),
               json_extract(value, '$.productId'), json_extract(value, '$.receivedAt')
        FROM json_each(CAST(@Rows AS TEXT))
        """;

    private const string InsertSqlServer = """
        INSERT INTO growth.activity_events (id, event_id, customer_id, type, occurred_at, value_minor, currency, product_id, received_at)
        SELECT id, event_id, customer_id, type, occurred_at, value_minor, currency, product_id, received_at
        FROM OPENJSON(@Rows) WITH (
            id UNIQUEIDENTIFIER '$.id', event_id NVARCHAR(100) '$.eventId', customer_id UNIQUEIDENTIFIER '$.customerId', type VARCHAR(20) '$.type',
            occurred_at DATETIME2(7) '$.occurredAt', value_minor BIGINT '$.valueMinor', currency CHAR(3) '$.currency',
            product_id NVARCHAR(100) '$.productId', received_at DATETIME2(7) '$.receivedAt')
        """;

    // WHERE true: SQLite needs it to tell an upsert clause from a join constraint after INSERT … SELECT.
    private const string MarkDaysSqlite = """
        INSERT INTO growth.customer_activity_days (day, customer_id)
        SELECT json_extract(value, '$.day'), json_extract(value, '$.customerId') FROM json_each(CAST(@Rows AS TEXT)) WHERE true
        ON CONFLICT DO NOTHING
        """;

    private const string MarkMonthsSqlite = """
        INSERT INTO growth.monthly_active_customers (month, customer_id, signup_month)
        SELECT json_extract(value, '$.month'), json_extract(value, '$.customerId'), json_extract(value, '$.signupMonth')
        FROM json_each(CAST(@Rows AS TEXT)) WHERE true
        ON CONFLICT DO NOTHING
        """;

    private const string MarkProductsSqlite = """
        INSERT INTO growth.customer_products (customer_id, product_id)
        SELECT json_extract(value, '$.customerId'), json_extract(value, '$.productId') FROM json_each(CAST(@Rows AS TEXT)) WHERE true
        ON CONFLICT DO NOTHING
        """;

    // UPDLOCK, HOLDLOCK: the check and the insert are one step under concurrent writers.
    private const string MarkDaysSqlServer = """
        INSERT INTO growth.customer_activity_days (day, customer_id)
        SELECT mark.day, mark.customer_id
        FROM OPENJSON(@Rows) WITH (day DATE '$.day', customer_id UNIQUEIDENTIFIER '$.customerId') AS mark
        WHERE NOT EXISTS (SELECT 1 FROM growth.customer_activity_days AS existing WITH (UPDLOCK, HOLDLOCK)
                          WHERE existing.day = mark.day AND existing.customer_id = mark.customer_id)
        """;

    private const string MarkMonthsSqlServer = """
        INSERT INTO growth.monthly_active_customers (month, customer_id, signup_month)
        SELECT mark.month, mark.customer_id, mark.signup_month
        FROM OPENJSON(@Rows) WITH (month DATE '$.month', customer_id UNIQUEIDENTIFIER '$.customerId', signup_month DATE '$.signupMonth') AS mark
        WHERE NOT EXISTS (SELECT 1 FROM growth.monthly_active_customers AS existing WITH (UPDLOCK, HOLDLOCK)
                          WHERE existing.month = mark.month AND existing.customer_id = mark.customer_id)
        """;

    private const string MarkProductsSqlServer = """
        INSERT INTO growth.customer_products (customer_id, product_id)
        SELECT mark.customer_id, mark.product_id
        FROM OPENJSON(@Rows) WITH (customer_id UNIQUEIDENTIFIER '$.customerId', product_id NVARCHAR(100) '$.productId') AS mark
        WHERE NOT EXISTS (SELECT 1 FROM growth.customer_products AS existing WITH (UPDLOCK, HOLDLOCK)
                          WHERE existing.customer_id = mark.customer_id AND existing.product_id = mark.product_id)
        """;

    // Two subqueries, so each is one step down the key (SQLite scans the table for MIN and MAX in one SELECT).
    private const string MarkedMonthsSql = """
        SELECT (SELECT MIN(month) FROM growth.monthly_active_customers) AS First, (SELECT MAX(month) FROM growth.monthly_active_customers) AS Last
        """;

    private const string MoveToCohortsSqlite = """
        UPDATE growth.monthly_active_customers AS mark SET signup_month = moved.signup_month
        FROM (SELECT json_extract(value, '$.month') AS month, json_extract(value, '$.customerId') AS customer_id,
                     json_extract(value, '$.signupMonth') AS signup_month
              FROM json_each(CAST(@Rows AS TEXT))) AS moved
        WHERE mark.month = moved.month AND mark.customer_id = moved.customer_id
        """;

    private const string MoveToCohortsSqlServer = """
        UPDATE mark SET signup_month = moved.signup_month
        FROM growth.monthly_active_customers AS mark
        JOIN OPENJSON(@Rows) WITH (month DATE '$.month', customer_id UNIQUEIDENTIFIER '$.customerId', signup_month DATE '$.signupMonth') AS moved
          ON mark.month = moved.month AND mark.customer_id = moved.customer_id
        """;

    public async Task<IReadOnlyDictionary<string, Guid>> FindReceivedAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        if (eventIds.Count == 0)
        {
            return new Dictionary<string, Guid>();
        }

        var rows = await unitOfWork.QueryAsync<ReceivedRow>(unitOfWork.Dialect.Pick(ReceivedSqlite, ReceivedSqlServer),
            new { EventIds = JsonRows.Texts(eventIds) }, cancellationToken);
        return rows.ToDictionary(row => row.EventId, row => row.Id, StringComparer.Ordinal);
    }

    public async Task AddAsync(IReadOnlyCollection<ActivityEvent> events, ActivityMarks marks, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteRowsAsync(InsertSqlite, InsertSqlServer, events, (row, recorded) => row
            .Id("id", recorded.Id)
            .Text("eventId", recorded.EventId)
            .Id("customerId", recorded.CustomerId)
            .Text("type", EnumText.ToText(recorded.Type))
            .Time("occurredAt", recorded.OccurredAt)
            .Number("valueMinor", recorded.Value?.MinorUnits)
            .Text("currency", recorded.Value?.Currency)
            .Text("productId", recorded.ProductId)
            .Time("receivedAt", recorded.ReceivedAt), cancellationToken);
        await unitOfWork.ExecuteRowsAsync(MarkDaysSqlite, MarkDaysSqlServer, marks.Days,
            (row, mark) => row.Id("customerId", mark.CustomerId).Date("day", mark.Day), cancellationToken);
        await unitOfWork.ExecuteRowsAsync(MarkMonthsSqlite, MarkMonthsSqlServer, marks.Months,
            (row, mark) => row.Date("month", mark.Month).Id("customerId", mark.CustomerId).Date("signupMonth", mark.SignupMonth), cancellationToken);
        await unitOfWork.ExecuteRowsAsync(MarkProductsSqlite, MarkProductsSqlServer, marks.Products,
            (row, mark) => row.Id("customerId", mark.CustomerId).Text("productId", mark.ProductId), cancellationToken);
    }

    // The marks are keyed by month, not by customer, so a customer's marks are found by key: one (month, customer) pair
    // for every month any mark is in. A sync moves a sign-up month rarely; a scan of every mark would be the alternative.
    public async Task MoveToCohortsAsync(IReadOnlyCollection<(Guid CustomerId, DateOnly SignupMonth)> customers, CancellationToken cancellationToken)
    {
        if (customers.Count == 0)
        {
            return;
        }

        if (await unitOfWork.QuerySingleOrDefaultAsync<MarkedMonths>(MarkedMonthsSql, null, cancellationToken) is not { First: { } first, Last: { } last })
        {
            return;
        }

        var pairs = customers.SelectMany(customer => MonthsBetween(first, last).Select(month => (customer.CustomerId, customer.SignupMonth, Month: month))).ToList();
        await unitOfWork.ExecuteRowsAsync(MoveToCohortsSqlite, MoveToCohortsSqlServer, pairs,
            (row, pair) => row.Date("month", pair.Month).Id("customerId", pair.CustomerId).Date("signupMonth", pair.SignupMonth), cancellationToken);
    }

    private static IEnumerable<DateOnly> MonthsBetween(DateOnly first, DateOnly last)
    {
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    private sealed class MarkedMonths
    {
        public DateOnly? First { get; init; }

        public DateOnly? Last { get; init; }
    }

    private sealed class ReceivedRow
    {
        public string EventId { get; init; } = "";

        public Guid Id { get; init; }
    }
}
