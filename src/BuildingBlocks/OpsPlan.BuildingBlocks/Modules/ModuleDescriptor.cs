using System.Reflection;
using System.Text.RegularExpressions;

namespace OpsPlan.BuildingBlocks.Modules;

/// <summary>
/// A module as the building blocks see it: its name (also its database schema and URL segment), the assembly
/// that holds its internals and the assembly that holds its public contracts.
/// </summary>
public sealed partial record ModuleDescriptor
{
    public ModuleDescriptor(string name, Assembly assembly, Assembly contractsAssembly)
    {
        EnsureValidSchemaName(name);
        Name = name;
        Assembly = assembly;
        ContractsAssembly = contractsAssembly;
    }

    public string Name { get; }

    public Assembly Assembly { get; }

    public Assembly ContractsAssembly { get; }

    /// <summary>
    /// False for a module that only composes other modules' public queries: it gets no schema, no outbox and no
    /// audit table. SQLite attaches at most ten files to a connection, so a schema is not given away for nothing.
    /// </summary>
    public bool KeepsRecords { get; init; } = true;

    /// <summary>Schema names end up in SQL as identifiers, so only lower-case letters are allowed.</summary>
    public static void EnsureValidSchemaName(string schema)
    {
        if (!SchemaName().IsMatch(schema))
        {
            throw new ArgumentException($"'{schema}' is not a valid schema name: use lower-case letters only.", nameof(schema));
        }
    }

    /// <summary>Puts the module's schema into SQL written with a <c>{schema}</c> placeholder.</summary>
    public string Sql(string sqlWithSchemaPlaceholder) => sqlWithSchemaPlaceholder.Replace("{schema}", Name, StringComparison.Ordinal);

    [GeneratedRegex("^[a-z]{2,30}$")]
    private static partial Regex SchemaName();
}
