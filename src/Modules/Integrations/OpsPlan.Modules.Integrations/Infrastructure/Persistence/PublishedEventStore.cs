using OpsPlan.Modules.Integrations.Domain.Feed;

namespace OpsPlan.Modules.Integrations.Infrastructure.Persistence;

internal sealed class PublishedEventStore(IUnitOfWork unitOfWork) : IPublishedEventStore
{
    private const string RecordedSql = "SELECT COUNT(*) FROM integrations.published_events WHERE event_id = @EventId";
    private const string PositionSql = "SELECT position FROM integrations.published_events WHERE event_id = @EventId";

    private const string InsertSql = """
        INSERT INTO integrations.published_events (event_id, module, type, occurred_at, published_at, payload)
        VALUES (@EventId, @Module, @Type, @OccurredAt, @PublishedAt, @Payload)
        """;

    public async Task<long?> AppendAsync(PublishedEvent published, DateTime publishedAt, CancellationToken cancellationToken)
    {
        if (await unitOfWork.ExecuteScalarAsync<long>(RecordedSql, new { published.EventId }, cancellationToken) > 0)
        {
            return null;
        }

        await unitOfWork.ExecuteAsync(InsertSql, new { published.EventId, published.Module, published.Type, published.OccurredAt, PublishedAt = publishedAt, published.Payload },
            cancellationToken);
        return await unitOfWork.ExecuteScalarAsync<long>(PositionSql, new { published.EventId }, cancellationToken);
    }
}
