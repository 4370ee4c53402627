using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Inbox;

/// <summary>
/// The base of every integration event consumer. It opens a unit of work in the consumer's own module, records the
/// event in that module's inbox, and runs <see cref="HandleOnceAsync"/> in the same transaction, so a redelivered
/// event is seen, skipped and changes nothing.
/// </summary>
public abstract class IdempotentIntegrationEventHandler<TEvent>(InboxContext context) : IIntegrationEventHandler<TEvent>
    where TEvent : IIntegrationEvent
{
    private const string SeenSql = "SELECT COUNT(*) FROM {schema}.inbox_messages WHERE event_id = @EventId AND handler = @Handler";
    private const string RecordSql = "INSERT INTO {schema}.inbox_messages (event_id, handler, processed_at) VALUES (@EventId, @Handler, @Now)";

    public async Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var unitOfWork = context.UnitOfWork;
        await unitOfWork.BeginAsync(ConsumerModule(context.Catalog), cancellationToken);
        try
        {
            var handler = GetType().FullName!;
            var parameters = new { notification.EventId, Handler = handler, Now = context.Clock.UtcNow };
            if (await unitOfWork.ExecuteScalarAsync<long>(unitOfWork.Module.Sql(SeenSql), parameters, cancellationToken) > 0)
            {
                return;
            }

            await unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(RecordSql), parameters, cancellationToken);
            await HandleOnceAsync(notification, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
        }
        finally
        {
            await unitOfWork.EndAsync();
        }
    }

    /// <summary>The module whose inbox and transaction the consumer uses: the one whose assembly declares it.</summary>
    protected virtual ModuleDescriptor ConsumerModule(ModuleCatalog catalog) => catalog.ModuleOf(GetType());

    /// <summary>Reacts to the event; runs at most once per event, inside the consumer module's transaction.</summary>
    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>What the inbox needs from the container, bundled so consumers take one constructor argument.</summary>
public sealed class InboxContext
{
    internal InboxContext(UnitOfWork unitOfWork, ModuleCatalog catalog, IClock clock)
    {
        UnitOfWork = unitOfWork;
        Catalog = catalog;
        Clock = clock;
    }

    internal UnitOfWork UnitOfWork { get; }

    internal ModuleCatalog Catalog { get; }

    internal IClock Clock { get; }
}
