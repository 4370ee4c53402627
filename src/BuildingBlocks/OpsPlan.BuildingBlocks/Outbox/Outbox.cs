using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Outbox;

internal sealed class Outbox(IUnitOfWork unitOfWork, IClock clock) : IOutbox
{
    private const string InsertSql = """
        INSERT INTO {schema}.outbox_messages (id, occurred_at, type, payload, attempts)
        VALUES (@Id, @OccurredAt, @Type, @Payload, 0)
        """;

    public Task EnqueueAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken) => EnqueueAsync([integrationEvent], cancellationToken);

    // One command for all of them: a batch that moves thousands of records announces them without thousands of round trips.
    public Task EnqueueAsync(IReadOnlyCollection<IntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        if (integrationEvents.Count == 0)
        {
            return Task.CompletedTask;
        }

        var now = clock.UtcNow;
        return unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(InsertSql), integrationEvents.Select(integrationEvent =>
        {
            var stamped = integrationEvent with { EventId = Ids.New(), OccurredAt = now };
            return new
            {
                Id = stamped.EventId,
                stamped.OccurredAt,
                Type = IntegrationEventSerializer.NameOf(stamped.GetType()),
                Payload = IntegrationEventSerializer.Serialize(stamped),
            };
        }).ToList(), cancellationToken);
    }
}
