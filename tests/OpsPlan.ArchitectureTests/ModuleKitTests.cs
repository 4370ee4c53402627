using System.Reflection;
using System.Text.RegularExpressions;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.ArchitectureTests;

/// <summary>The conventions of the module kit that every module, present or future, follows.</summary>
public sealed partial class ModuleKitTests
{
    /// <summary>SQLite's build allows ten attached files a connection (SQLITE_MAX_ATTACHED): the platform's and one per module with records.</summary>
    [Test]
    public void Every_schema_fits_on_one_sqlite_connection() =>
        Assert.That(Solution.Modules.Count(module => module.KeepsRecords) + 1, Is.LessThanOrEqualTo(10),
            "one schema more than SQLite attaches: a connection must then attach only the schemas its module needs");

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void A_module_without_records_has_no_migrations(ModuleDescriptor module) =>
        Assert.That(module.KeepsRecords || !module.Assembly.GetManifestResourceNames().Any(name => name.EndsWith(".sql", StringComparison.Ordinal)), Is.True,
            "its migrations would never run");

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void Command_side_sql_lives_in_the_infrastructure(ModuleDescriptor module)
    {
        var infrastructure = Solution.Namespace(module, "Infrastructure");
        var offending = module.Assembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith(infrastructure, StringComparison.Ordinal) != true)
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string) && Writes().IsMatch((string)field.GetRawConstantValue()!))
            .Select(field => field.DeclaringType!.FullName + "." + field.Name);

        Assert.That(offending, Is.Empty, "statements that write belong to a repository in Infrastructure/");
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void Every_integration_event_has_a_stable_name_of_its_module(ModuleDescriptor module)
    {
        var events = module.ContractsAssembly.GetExportedTypes().Where(type => typeof(IIntegrationEvent).IsAssignableFrom(type) && !type.IsAbstract).ToList();
        var names = events.Select(type => type.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names, Has.All.Not.Null.And.StartsWith(module.Name + "."), "[IntegrationEventName(\"<module>.<event>\")]");
            Assert.That(names, Is.Unique);
            Assert.That(events, Has.All.Matches<Type>(type => type.BaseType == typeof(IntegrationEvent)), "derive from IntegrationEvent: the outbox stamps id and time");
        });
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void Every_request_body_names_the_command_it_becomes_so_the_document_states_its_rules(ModuleDescriptor module)
    {
        var bodies = module.ContractsAssembly.GetExportedTypes().Where(type => type.Name.EndsWith("Request", StringComparison.Ordinal));
        var offending = bodies
            .Where(type => !type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IBodyOf<>)
                && contract.GetGenericArguments()[0].GetInterfaces().Any(command => command.IsGenericType && command.GetGenericTypeDefinition() == typeof(ICommand<>))))
            .Select(type => type.FullName);

        Assert.That(offending, Is.Empty, "a …Request body implements IBodyOf<TheCommand>, whose validator the OpenAPI document reads");
    }

    [TestCaseSource(typeof(Solution), nameof(Solution.EachModule))]
    public void Contracts_follow_one_layout(ModuleDescriptor module)
    {
        var folder = ContractsFolder(module);
        var offending = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Where(file => !IsBuildOutput(folder, file)))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var match = LayoutFile().Match(relative);
            if (!match.Success)
            {
                offending.Add(relative + ": not <Feature>/<Feature>(Commands|Queries|Dtos).cs, Events/<Module>Events.cs or <Feature>Enums.cs");
                continue;
            }

            var kind = match.Groups["kind"].Value;
            var misplaced = DeclaredTypes().Matches(File.ReadAllText(file)).Select(type => type.Groups["name"].Value)
                .Where(name => kind switch
                {
                    "Commands" => !(name.EndsWith("Command", StringComparison.Ordinal) || name.EndsWith("Request", StringComparison.Ordinal) || name.EndsWith("Item", StringComparison.Ordinal)),
                    "Queries" => !name.EndsWith("Query", StringComparison.Ordinal),
                    "Dtos" => name.EndsWith("Command", StringComparison.Ordinal) || name.EndsWith("Query", StringComparison.Ordinal),
                    _ => false,
                });
            offending.AddRange(misplaced.Select(name => $"{relative}: {name} belongs in another file of the feature"));
        }

        Assert.That(offending, Is.Empty);
    }

    private static string ContractsFolder(ModuleDescriptor module)
    {
        var assembly = module.ContractsAssembly.GetName().Name!;
        var moduleFolder = assembly.Split('.')[2];
        return Path.Combine(RepositoryRoot(), "src", "Modules", moduleFolder, assembly);
    }

    private static bool IsBuildOutput(string folder, string file) =>
        Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpsPlan.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }

    [GeneratedRegex(@"\b(INSERT\s+INTO|DELETE\s+FROM|MERGE\s+\w+\.|UPDATE\s+[\w{}]+\.\w+\s+SET)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Writes();

    [GeneratedRegex(@"^(?:\w+Enums\.cs|Events/\w+Events\.cs|(?<feature>\w+)/\w+(?<kind>Commands|Queries|Dtos)\.cs)$")]
    private static partial Regex LayoutFile();

    [GeneratedRegex(@"^public (?:sealed |static |abstract )*(?:partial )?(?:record|class|enum|interface)(?: struct)? (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex DeclaredTypes();
}
