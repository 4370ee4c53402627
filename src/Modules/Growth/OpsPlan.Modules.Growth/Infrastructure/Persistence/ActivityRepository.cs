using OpsPlan.Modules.Growth.Domain.Activity;

namespace OpsPlan.Modules.Growth.Infrastructure.Persistence;

/// <summary>Stores activity events and the per-day and per-month activity marks the KPIs count.</summary>
internal sealed class ActivityRepository(IUnitOfWork unitOfWork) : IActivityRepository
{
    // SQL Server takes at most 2,100 parameters a statement: lookups go in chunks well below it.
    private const int LookupChunk = 1_000;

    private const string ReceivedSql = "SELECT event_id AS EventId, id AS Id FROM growth.activity_events WHERE event_id IN @EventIds";

    private const string InsertSql = """
        INSERT INTO growth.activity_events (id, event_id, customer_id, type, occurred_at, value_minor, currency, product_id, received_at)
        VALUES (@Id, @EventId, @CustomerId, @Type, @OccurredAt, @ValueMinor, @Currency, @ProductId, @ReceivedAt)
        """;

    private const string MarkDaySqlite = "INSERT INTO growth.customer_activity_days (customer_id, day) VALUES (@CustomerId, @Day) ON CONFLICT DO NOTHING";

    private const string MarkMonthSqlite = "INSERT INTO growth.customer_activity_months (customer_id, month) VALUES (@CustomerId, @Month) ON CONFLICT DO NOTHING";

    // UPDLOCK, HOLDLOCK: the check and the insert are one step under concurrent writers.
    private const string MarkDaySqlServer = """
        INSERT INTO growth.customer_activity_days (customer_id, day)
        SELECT @CustomerId, @Day
        WHERE NOT EXISTS (SELECT 1 FROM growth.customer_activity_days WITH (UPDLOCK, HOLDLOCK) WHERE customer_id = @CustomerId AND day = @Day)
        """;

    private const string MarkMonthSqlServer = """
        INSERT INTO growth.customer_activity_months (customer_id, month)
        SELECT @CustomerId, @Month
        WHERE NOT EXISTS (SELECT 1 FROM growth.customer_activity_months WITH (UPDLOCK, HOLDLOCK) WHERE customer_id = @CustomerId AND month = @Month)
        """;

    public async Task<IReadOnlyDictionary<string, Guid>> FindReceivedAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var chunk in eventIds.Chunk(LookupChunk))
        {
            foreach (var row in await unitOfWork.QueryAsync<ReceivedRow>(ReceivedSql, new { EventIds = chunk }, cancellationToken))
            {
                found[row.EventId] = row.Id;
            }
        }

        return found;
    }

    public async Task AddAsync(IReadOnlyCollection<ActivityEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        await unitOfWork.ExecuteAsync(InsertSql, events.Select(recorded => new
        {
            recorded.Id,
            recorded.EventId,
            recorded.CustomerId,
            Type = EnumText.ToText(recorded.Type),
            recorded.OccurredAt,
            ValueMinor = recorded.Value?.MinorUnits,
            Currency = recorded.Value?.Currency,
            recorded.ProductId,
            recorded.ReceivedAt,
        }).ToList(), cancellationToken);

        var days = events.Select(recorded => (recorded.CustomerId, Day: DateOnly.FromDateTime(recorded.OccurredAt))).Distinct().ToList();
        await unitOfWork.ExecuteAsync(unitOfWork.Dialect.Pick(MarkDaySqlite, MarkDaySqlServer),
            days.Select(mark => new { mark.CustomerId, mark.Day }).ToList(), cancellationToken);
        await unitOfWork.ExecuteAsync(unitOfWork.Dialect.Pick(MarkMonthSqlite, MarkMonthSqlServer),
            days.Select(mark => (mark.CustomerId, Month: new DateOnly(mark.Day.Year, mark.Day.Month, 1))).Distinct()
                .Select(mark => new { mark.CustomerId, mark.Month }).ToList(), cancellationToken);
    }

    private sealed class ReceivedRow
    {
        public string EventId { get; init; } = "";

        public Guid Id { get; init; }
    }
}
