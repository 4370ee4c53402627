using System.Globalization;
using System.Text.Json;
using OpsPlan.Modules.Integrations.Contracts.Feed;

namespace OpsPlan.Modules.Integrations.Application.Feed.ListPublishedEvents;

/// <summary>
/// Walks the feed by position. On SQL Server an identity is taken before its transaction commits, so a position can
/// become visible after a higher one: the feed shows only events published a few seconds ago or earlier, by when
/// every such transaction (one relay batch, milliseconds) has committed. SQLite writes one transaction at a time.
/// </summary>
internal sealed class ListPublishedEventsQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<ListPublishedEventsQuery, EventFeedPageDto>
{
    public const int DefaultLimit = 100;

    private const string SelectSql = """
        SELECT position AS Position, event_id AS Id, module AS Module, type AS Type, occurred_at AS OccurredAt, published_at AS PublishedAt, payload AS Payload
        FROM integrations.published_events
        WHERE position > @After AND published_at <= @VisibleBefore
        """;

    private const string OfTypesSql = SelectSql + " AND type IN @Types";

    private static readonly TimeSpan SqlServerSettling = TimeSpan.FromSeconds(5);

    public async Task<EventFeedPageDto> Handle(ListPublishedEventsQuery request, CancellationToken cancellationToken)
    {
        var after = request.After is null ? 0 : long.Parse(request.After, CultureInfo.InvariantCulture);
        var limit = request.Limit ?? DefaultLimit;
        var dialect = connectionFactory.Dialect;
        var settling = dialect.Provider == DatabaseProvider.SqlServer ? SqlServerSettling : TimeSpan.Zero;
        var sql = (request.Types is { Count: > 0 } ? OfTypesSql : SelectSql) + " ORDER BY position " + dialect.LimitClause("@Take");
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<FeedRow>(new CommandDefinition(sql, new { After = after, VisibleBefore = clock.UtcNow - settling, request.Types, Take = limit + 1 },
            cancellationToken: cancellationToken))).ToList();
        var page = rows.Take(limit).Select(row => row.ToDto()).ToList();
        return new EventFeedPageDto
        {
            Items = page,
            NextCursor = page.Count > 0 ? page[^1].Cursor : after.ToString(CultureInfo.InvariantCulture),
            HasMore = rows.Count > limit,
        };
    }

    private sealed class FeedRow
    {
        public long Position { get; init; }

        public Guid Id { get; init; }

        public string Module { get; init; } = "";

        public string Type { get; init; } = "";

        public DateTime OccurredAt { get; init; }

        public DateTime PublishedAt { get; init; }

        public string Payload { get; init; } = "{}";

        public PublishedEventDto ToDto()
        {
            using var payload = JsonDocument.Parse(Payload);
            return new PublishedEventDto
            {
                Cursor = Position.ToString(CultureInfo.InvariantCulture),
                Id = Id,
                Type = Type,
                Module = Module,
                OccurredAt = OccurredAt,
                PublishedAt = PublishedAt,
                Data = payload.RootElement.Clone(),
            };
        }
    }
}
