using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Outbox;

internal sealed class Outbox(IUnitOfWork unitOfWork) : IOutbox
{
    private const string InsertSql = """
        INSERT INTO {schema}.outbox_messages (id, occurred_at, type, payload, attempts)
        VALUES (@Id, @OccurredAt, @Type, @Payload, 0)
        """;

    public Task EnqueueAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(InsertSql), new
        {
            Id = integrationEvent.EventId,
            integrationEvent.OccurredAt,
            Type = IntegrationEventSerializer.TypeName(integrationEvent),
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
        }, cancellationToken);
}
