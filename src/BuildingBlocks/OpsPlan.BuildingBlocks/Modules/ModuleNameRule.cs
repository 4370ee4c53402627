using FluentValidation;

namespace OpsPlan.BuildingBlocks.Modules;

/// <summary>A query filter that names a module: empty, or one of the modules this host runs that keeps records.</summary>
public static class ModuleNameRule
{
    public static IRuleBuilderOptions<T, string?> IsModuleOf<T>(this IRuleBuilder<T, string?> rule, ModuleCatalog catalog) =>
        rule.Must(module => module is null || catalog.Find(module) is { KeepsRecords: true })
            .WithMessage(_ => "Module must be one of: " + string.Join(", ", catalog.WithRecords.Select(module => module.Name)) + ".");
}
