using System.Text.Json;
using System.Text.Json.Serialization;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>Turns events into outbox rows and back; the stored type name is the event's full name in its contracts assembly.</summary>
internal sealed class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly Dictionary<string, Type> _types;

    public IntegrationEventSerializer(ModuleCatalog catalog) =>
        _types = catalog.Modules
            .SelectMany(module => module.ContractsAssembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(type))
            .ToDictionary(type => type.FullName!);

    public static string TypeName(IIntegrationEvent integrationEvent) => integrationEvent.GetType().FullName!;

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public IIntegrationEvent Deserialize(string typeName, string payload) =>
        _types.TryGetValue(typeName, out var type)
            ? (IIntegrationEvent)JsonSerializer.Deserialize(payload, type, Options)!
            : throw new InvalidOperationException($"No registered module publishes an event named {typeName}.");
}
