using System.Reflection;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.IntegrationTests.SqlServer;

/// <summary>
/// SQL Server cannot run on these machines, so every statement meant for it is at least parsed as T-SQL: the
/// migrations, every SQL constant (by convention …Sql runs on both providers, …SqlServer on SQL Server only), and
/// the SQL each query handler builds at run time with the SQL Server dialect.
/// </summary>
public sealed class SqlServerSqlTests
{
    private static readonly IModule[] Modules = [.. OpsPlan.Api.Composition.Modules.All.Select(module => module.Module)];
    private static readonly Assembly[] Assemblies = [typeof(BuildingBlocksRegistration).Assembly, .. Modules.Select(module => module.Descriptor.Assembly)];

    [TestCase("SELECT id FROM risk.risks ORDER BY id LIMIT 5")]
    [TestCase("UPDATE risk.outbox_messages SET attempts = 1 RETURNING id")]
    public void The_parser_refuses_what_only_sqlite_understands(string sqliteOnly)
    {
        Assert.That(TSql.Errors(sqliteOnly), Is.Not.Empty);
    }

    [Test]
    public void Every_sql_server_migration_parses()
    {
        var scripts = Assemblies
            .SelectMany(assembly => assembly.GetManifestResourceNames().Where(name => name.Contains(".Migrations.SqlServer.", StringComparison.Ordinal))
                .Select(name => (Name: name, Text: Read(assembly, name))))
            .ToList();

        var failures = scripts.Select(script => (script.Name, Errors: TSql.Errors(script.Text.Replace("$schema$", SchemaOf(script.Name), StringComparison.Ordinal))))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{result.Name}: {string.Join("; ", result.Errors)}");

        Assert.That(scripts, Has.Count.GreaterThanOrEqualTo(2 + Modules.Length));
        Assert.That(failures, Is.Empty);
        TestContext.Out.WriteLine($"Parsed {scripts.Count} SQL Server migration scripts.");
    }

    [Test]
    public void Every_sql_constant_meant_for_sql_server_parses()
    {
        var constants = Assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string)
                && (field.Name.EndsWith("Sql", StringComparison.Ordinal) || field.Name.EndsWith("SqlServer", StringComparison.Ordinal)))
            .Select(field => (Name: field.DeclaringType!.FullName + "." + field.Name, Sql: (string)field.GetRawConstantValue()!))
            .ToList();

        var failures = constants
            .Select(constant => (constant.Name, constant.Sql, Errors: TSql.Errors(TSql.AsDapperSendsIt(constant.Sql.Replace("{schema}", "risk", StringComparison.Ordinal)))))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{result.Name}: {string.Join("; ", result.Errors)}\n{result.Sql}");

        Assert.That(constants, Has.Count.GreaterThan(20));
        Assert.That(failures, Is.Empty);
        TestContext.Out.WriteLine($"Parsed {constants.Count} SQL constants.");
    }

    [Test]
    public async Task Every_query_handler_builds_sql_that_sql_server_parses()
    {
        var recording = new RecordingConnectionFactory();
        await using var provider = QueryServices(recording);
        var queries = Assemblies.Concat(Modules.Select(module => module.Descriptor.ContractsAssembly))
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && ResultOf(type) is not null)
            .ToList();

        foreach (var queryType in queries)
        {
            foreach (var withFilters in new[] { true, false })
            {
                await SendIgnoringOutcomeAsync(provider, queryType, withFilters);
            }
        }

        var statements = recording.Statements.Distinct().ToList();
        var failures = statements.Select(sql => (Sql: sql, Errors: TSql.Errors(TSql.AsDapperSendsIt(sql))))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{string.Join("; ", result.Errors)}\n{result.Sql}");
        Assert.That(statements, Has.Count.GreaterThanOrEqualTo(queries.Count), "every query should have sent at least one statement");
        Assert.That(failures, Is.Empty);
        TestContext.Out.WriteLine($"Parsed {statements.Count} statements built by {queries.Count} query handlers.");
    }

    private static ServiceProvider QueryServices(RecordingConnectionFactory recording)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.SqlServer),
            ["Database:SqlServerConnectionString"] = "Server=unused",
            ["Outbox:RelayEnabled"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<ICurrentUser>(new Nobody());
        services.AddOpsPlanModules(configuration, AppContext.BaseDirectory, Modules);
        services.AddSingleton<IDbConnectionFactory>(recording);
        return services.BuildServiceProvider();
    }

    private static async Task SendIgnoringOutcomeAsync(IServiceProvider provider, Type queryType, bool withFilters)
    {
        var constructor = queryType.GetConstructors().OrderByDescending(candidate => candidate.GetParameters().Length).First();
        var hasUpdatedSince = constructor.GetParameters().Any(parameter => parameter.Name == nameof(IListQuery.UpdatedSince));
        var arguments = constructor.GetParameters().Select(parameter => ArgumentFor(parameter, withFilters, hasUpdatedSince)).ToArray();
        var query = constructor.Invoke(arguments);
        await using var scope = provider.CreateAsyncScope();
        var send = typeof(IMediator).GetMethods().Single(method => method.Name == nameof(IMediator.Send) && method.IsGenericMethod).MakeGenericMethod(ResultOf(queryType)!);
        try
        {
            await (Task)send.Invoke(scope.ServiceProvider.GetRequiredService<IMediator>(), [query, CancellationToken.None])!;
        }
        catch (Exception exception) when (exception is not NullReferenceException)
        {
            // No rows come back, so a handler may end in "not found": only the SQL it sent matters here.
        }
    }

    private static object? ArgumentFor(ParameterInfo parameter, bool withFilters, bool hasUpdatedSince)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var optional = new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
        if (optional && !withFilters && parameter.Name is not ("From" or "To"))
        {
            return parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null ? Activator.CreateInstance(type) : null;
        }

        var now = DateTime.UtcNow;
        return parameter.Name switch
        {
            "Module" => "risk",
            "Cursor" => new PageCursor(hasUpdatedSince ? PageOrder.UpdatedAscending : PageOrder.CreatedDescending, now, Guid.CreateVersion7()).Encode(),
            "Limit" => 10,
            "From" when type == typeof(DateOnly) => DateOnly.FromDateTime(now.AddDays(-30)),
            "To" when type == typeof(DateOnly) => DateOnly.FromDateTime(now),
            "From" => now.AddDays(-30),
            "To" => now,
            "Period" => "2026-Q3",
            "Currency" => "EUR",
            _ when type == typeof(Guid) => Guid.CreateVersion7(),
            _ when type == typeof(string) => "x",
            _ when type == typeof(DateTime) => now.AddDays(-1),
            _ when type == typeof(bool) => true,
            _ when type == typeof(int) => 1,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
            _ => null,
        };
    }

    private static Type? ResultOf(Type type) =>
        type.GetInterfaces().FirstOrDefault(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IQuery<>))?.GetGenericArguments()[0];

    private static string SchemaOf(string resourceName) =>
        resourceName.Contains(".Platform.", StringComparison.Ordinal) ? DatabaseMigrator.PlatformSchema : "risk";

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    private sealed class Nobody : ICurrentUser
    {
        public string Id => "sql-parse-test";
    }
}
