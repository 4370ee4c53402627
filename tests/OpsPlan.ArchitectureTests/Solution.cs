using System.Reflection;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.ArchitectureTests;

/// <summary>The assemblies under test, found in the test's output folder so that every future module is covered too.</summary>
internal static class Solution
{
    public static readonly Assembly BuildingBlocks = typeof(IModule).Assembly;
    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly IReadOnlyList<ModuleDescriptor> Modules = Directory
        .GetFiles(AppContext.BaseDirectory, "OpsPlan.Modules.*.dll")
        .Where(file => !file.EndsWith(".Contracts.dll", StringComparison.Ordinal))
        .Select(file => Assembly.LoadFrom(file))
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => typeof(IModule).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
        .Select(type => ((IModule)Activator.CreateInstance(type)!).Descriptor)
        .OrderBy(module => module.Name)
        .ToList();

    public static IEnumerable<TestCaseData> EachModule() =>
        Modules.Select(module => new TestCaseData(module).SetArgDisplayNames(module.Name));

    public static string Namespace(ModuleDescriptor module, string layer) => module.Assembly.GetName().Name + "." + layer;
}
