using System.Reflection;
using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.BuildingBlocks.Modules;

/// <summary>The modules this host runs, and which module a type (command, handler, event) belongs to.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly = [];
    private IReadOnlyDictionary<string, Type>? _integrationEvents;

    public ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
    {
        Modules = modules.ToList();
        foreach (var module in Modules)
        {
            _byAssembly[module.Assembly] = module;
            _byAssembly[module.ContractsAssembly] = module;
        }
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>The modules with a schema of their own: what is migrated, attached, relayed and audited.</summary>
    public IReadOnlyList<ModuleDescriptor> WithRecords => field ??= Modules.Where(module => module.KeepsRecords).ToList();

    /// <summary>
    /// Every integration event the modules publish, by its stored name (<c>risk.risk-raised</c>); an event without a
    /// name, or two with one name, stop the start: outbox rows, the event feed and webhook subscriptions name events so.
    /// </summary>
    public IReadOnlyDictionary<string, Type> IntegrationEvents => _integrationEvents ??= Modules
        .SelectMany(module => module.ContractsAssembly.GetExportedTypes())
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(type))
        .ToDictionary(IntegrationEventNameOf);

    public static string IntegrationEventNameOf(Type eventType) =>
        eventType.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{eventType.FullName} has no [IntegrationEventName]: outbox rows need a name that outlives the type's.");

    public ModuleDescriptor? Find(string name) => Modules.FirstOrDefault(module => module.Name == name);

    public ModuleDescriptor ModuleOf(Type type) =>
        _byAssembly.TryGetValue(type.Assembly, out var module)
            ? module
            : throw new InvalidOperationException($"{type.FullName} belongs to no registered module.");
}
