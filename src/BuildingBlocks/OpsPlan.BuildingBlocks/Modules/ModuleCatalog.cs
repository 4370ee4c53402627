using System.Reflection;

namespace OpsPlan.BuildingBlocks.Modules;

/// <summary>The modules this host runs, and which module a type (command, handler, event) belongs to.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly = [];

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

    public ModuleDescriptor? Find(string name) => Modules.FirstOrDefault(module => module.Name == name);

    public ModuleDescriptor ModuleOf(Type type) =>
        _byAssembly.TryGetValue(type.Assembly, out var module)
            ? module
            : throw new InvalidOperationException($"{type.FullName} belongs to no registered module.");
}
