using System.Collections.Concurrent;
using System.Text.Json;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>Turns events into outbox rows and back; a row names its event by <see cref="IntegrationEventNameAttribute"/>.</summary>
internal sealed class IntegrationEventSerializer
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    private readonly IReadOnlyDictionary<string, Type> _types;

    public IntegrationEventSerializer(ModuleCatalog catalog) => _types = catalog.IntegrationEvents;

    public static string NameOf(Type eventType) => Names.GetOrAdd(eventType, ModuleCatalog.IntegrationEventNameOf);

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), StoredJson.Options);

    public IIntegrationEvent Deserialize(string name, string payload) =>
        _types.TryGetValue(name, out var type)
            ? (IIntegrationEvent)JsonSerializer.Deserialize(payload, type, StoredJson.Options)!
            : throw new UnknownIntegrationEventException(name);
}
