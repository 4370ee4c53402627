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
        INSERT INTO growth.customer_activity_months (customer_id, month)
        SELECT json_extract(value, '$.customerId'), json_extract(value, '$.month') FROM json_each(CAST(@Rows AS TEXT)) WHERE true
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
        INSERT INTO growth.customer_activity_months (customer_id, month)
        SELECT mark.customer_id, mark.month
        FROM OPENJSON(@Rows) WITH (customer_id UNIQUEIDENTIFIER '$.customerId', month DATE '$.month') AS mark
        WHERE NOT EXISTS (SELECT 1 FROM growth.customer_activity_months AS existing WITH (UPDLOCK, HOLDLOCK)
                          WHERE existing.customer_id = mark.customer_id AND existing.month = mark.month)
        """;

    private const string MarkProductsSqlServer = """
        INSERT INTO growth.customer_products (customer_id, product_id)
        SELECT mark.customer_id, mark.product_id
        FROM OPENJSON(@Rows) WITH (customer_id UNIQUEIDENTIFIER '$.customerId', product_id NVARCHAR(100) '$.productId') AS mark
        WHERE NOT EXISTS (SELECT 1 FROM growth.customer_products AS existing WITH (UPDLOCK, HOLDLOCK)
                          WHERE existing.customer_id = mark.customer_id AND existing.product_id = mark.product_id)
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
            (row, mark) => row.Id("customerId", mark.CustomerId).Date("month", mark.Month), cancellationToken);
        await unitOfWork.ExecuteRowsAsync(MarkProductsSqlite, MarkProductsSqlServer, marks.Products,
            (row, mark) => row.Id("customerId", mark.CustomerId).Text("productId", mark.ProductId), cancellationToken);
    }

    private sealed class ReceivedRow
    {
        public string EventId { get; init; } = "";

        public Guid Id { get; init; }
    }
}
