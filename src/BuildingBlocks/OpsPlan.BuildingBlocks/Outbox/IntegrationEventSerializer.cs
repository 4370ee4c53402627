using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>Turns events into outbox rows and back; a row names its event by <see cref="IntegrationEventNameAttribute"/>.</summary>
internal sealed class IntegrationEventSerializer
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    private readonly Dictionary<string, Type> _types;

    /// <summary>Every event of every module, by name; an event without a name, or two with one name, stop the start.</summary>
    public IntegrationEventSerializer(ModuleCatalog catalog) =>
        _types = catalog.Modules
            .SelectMany(module => module.ContractsAssembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(type))
            .ToDictionary(NameOf);

    public static string NameOf(Type eventType) => Names.GetOrAdd(eventType, type =>
        type.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{type.FullName} has no [IntegrationEventName]: outbox rows need a name that outlives the type's."));

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), StoredJson.Options);

    public IIntegrationEvent Deserialize(string name, string payload) =>
        _types.TryGetValue(name, out var type)
            ? (IIntegrationEvent)JsonSerializer.Deserialize(payload, type, StoredJson.Options)!
            : throw new UnknownIntegrationEventException(name);
}
