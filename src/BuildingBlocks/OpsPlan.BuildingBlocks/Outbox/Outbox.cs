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

    public Task EnqueueAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var stamped = integrationEvent with { EventId = Ids.New(), OccurredAt = clock.UtcNow };
        return unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(InsertSql), new
        {
            Id = stamped.EventId,
            stamped.OccurredAt,
            Type = IntegrationEventSerializer.NameOf(stamped.GetType()),
            Payload = IntegrationEventSerializer.Serialize(stamped),
        }, cancellationToken);
    }
}
