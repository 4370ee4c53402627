using System.Reflection;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.BuildingBlocks.Persistence.Dialects;
using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Growth.Application.Segments.Rules;
using OpsPlan.Modules.Growth.Contracts.Segments;
using OpsPlan.Modules.Growth.Infrastructure.Persistence;

namespace OpsPlan.IntegrationTests.SqlServer;

/// <summary>
/// Every statement the code sends to SQL Server, found rather than listed: the migrations of every module, every SQL
/// constant (…Sql and …SqlServer), and what each query handler builds at run time, with and without its filters.
/// </summary>
internal static class SqlServerStatements
{
    public static readonly IModule[] Modules = [.. OpsPlan.Api.Composition.Modules.All.Select(module => module.Module)];

    /// <summary>The schemas besides the platform's: one per module that keeps records.</summary>
    public static readonly string[] ModuleSchemas = [.. Modules.Where(module => module.Descriptor.KeepsRecords).Select(module => module.Descriptor.Name)];
    public static readonly Assembly[] Assemblies = [typeof(BuildingBlocksRegistration).Assembly, .. Modules.Select(module => module.Descriptor.Assembly)];

    public static IEnumerable<(string Name, string Sql)> Constants() =>
        Assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string)
                && (field.Name.EndsWith("Sql", StringComparison.Ordinal) || field.Name.EndsWith("SqlServer", StringComparison.Ordinal)))
            .Select(field => (field.DeclaringType!.FullName + "." + field.Name, (string)field.GetRawConstantValue()!));

    /// <summary>
    /// What command-side code joins at run time from its constants: a due list with SQL Server's limit clause, a campaign's
    /// audience frozen from a segment rule that uses every field and operator.
    /// </summary>
    public static IEnumerable<(string Name, string Sql)> ComposedByCommands()
    {
        var limit = SqlDialect.SqlServer.LimitClause("@Limit");
        var filter = SegmentRuleCompiler.Compile(SegmentRuleSamples.EveryFieldAndOperator, SqlDialect.SqlServer, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), "EUR");
        yield return ("CustomerRepository.DueSql + limit", ConstantOf<CustomerRepository>("DueSql") + " " + limit);
        yield return ("CampaignRepository.DueSql + limit", ConstantOf<CampaignRepository>("DueSql") + " " + limit);
        yield return ("CampaignRepository.FreezeSql + a segment rule", ConstantOf<CampaignRepository>("FreezeSql") + " AND " + filter.Condition);
    }

    private static string ConstantOf<T>(string name) =>
        (string)typeof(T).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetRawConstantValue()!;

    /// <summary>The distinct statements the query handlers sent, how many queries were run, and which shapes of them sent nothing.</summary>
    public static async Task<(List<RecordedStatement> Statements, int Queries, List<string> Silent)> BuiltByQueryHandlersAsync()
    {
        var recording = new RecordingConnectionFactory();
        await using var provider = QueryServices(recording);
        var queries = Assemblies.Concat(Modules.Select(module => module.Descriptor.ContractsAssembly))
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && ResultOf(type) is not null && !SendsNoSqlOfItsOwn(type))
            .ToList();

        var silent = new List<string>();
        foreach (var queryType in queries)
        {
            foreach (var shape in Enum.GetValues<Shape>().Where(shape => shape != Shape.Sorted || typeof(IListQuery).IsAssignableFrom(queryType)))
            {
                var before = recording.Statements.Count;
                await SendIgnoringOutcomeAsync(provider, queryType, shape);
                // A bare query may be refused (a required filter) or answered from the cache (no filters at all).
                if (recording.Statements.Count == before && shape != Shape.Bare)
                {
                    silent.Add($"{queryType.Name} ({shape})");
                }
            }
        }

        // One statement per text; a parameter sent null by one shape takes its type from a shape that gave it a value.
        var statements = recording.Statements.GroupBy(statement => statement.Sql)
            .Select(sent => new RecordedStatement(sent.Key, sent.SelectMany(statement => statement.ParameterTypes)
                .GroupBy(parameter => parameter.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(parameter => parameter.Key, parameter => parameter.First().Value, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        return (statements, queries.Count, silent);
    }

    /// <summary>
    /// The event types come from the modules' contracts; the dashboard and its sections only send other modules'
    /// queries, which are sent here on their own (sending the dashboard first would answer them from its cache).
    /// </summary>
    private static bool SendsNoSqlOfItsOwn(Type query) =>
        query == typeof(OpsPlan.Modules.Integrations.Contracts.Webhooks.ListEventTypesQuery)
        || query.Assembly == typeof(OpsPlan.Modules.Dashboard.DashboardModule).Assembly
        || query.Assembly == typeof(OpsPlan.Modules.Dashboard.Contracts.Home.DashboardDto).Assembly;

    /// <summary>How a query is filled: every filter given, none, or (lists) sorted by their default keys.</summary>
    private enum Shape
    {
        Filtered,
        Bare,
        Sorted,
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

    private static async Task SendIgnoringOutcomeAsync(IServiceProvider provider, Type queryType, Shape shape)
    {
        var constructor = queryType.GetConstructors().OrderByDescending(candidate => candidate.GetParameters().Length).First();
        var hasUpdatedSince = constructor.GetParameters().Any(parameter => parameter.Name == nameof(IListQuery.UpdatedSince));
        var arguments = constructor.GetParameters().Select(parameter => ArgumentFor(parameter, shape, hasUpdatedSince)).ToArray();
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

    private static object? ArgumentFor(ParameterInfo parameter, Shape shape, bool hasUpdatedSince)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var optional = new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
        if (shape == Shape.Sorted && parameter.Name == nameof(IListQuery.Sort))
        {
            return "-updatedAt,createdAt";
        }

        // A sort is its own shape: with updatedSince it is refused, so the filtered shape leaves it out.
        if (optional && (shape != Shape.Filtered || parameter.Name == nameof(IListQuery.Sort)) && parameter.Name is not ("From" or "To"))
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
            "From" when type == typeof(string) => now.AddMonths(-6).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            "To" when type == typeof(string) => now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            "From" => now.AddDays(-30),
            "To" => now,
            "Period" => "2026-11",
            "TargetVersion" => "2.1.0",
            "Within" => 60,
            "Roots" => false, // true with a parentId is refused
            "Currency" => "EUR",
            "Country" => "DE",
            "After" => "0",
            "Types" => new List<string> { "risk.risk-raised" },
            _ when type == typeof(SegmentRule) => SegmentRuleSamples.EveryFieldAndOperator,
            _ when type == typeof(IReadOnlyList<DatedAmount>) => new List<DatedAmount> { new(Money.Of(1m, "EUR"), DateOnly.FromDateTime(now)) },
            _ when type == typeof(Guid) => Guid.CreateVersion7(),
            _ when type == typeof(string) => "x",
            _ when type == typeof(DateTime) => now.AddDays(-1),
            _ when type == typeof(bool) => true,
            _ when type == typeof(int) => 1,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
            _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && type.GetGenericArguments()[0].IsEnum => TwoOf(type.GetGenericArguments()[0]),
            _ => null,
        };
    }

    /// <summary>A rule that reaches every fragment the segment compiler writes, so its SQL Server text is parsed and resolved too.</summary>
    private static class SegmentRuleSamples
    {
        public static readonly SegmentRule EveryFieldAndOperator = new(SegmentMatch.All,
        [
            Condition("ageBand", SegmentOperator.In, values: ["25-34", "35-44"]),
            Condition("gender", SegmentOperator.Exists),
            Condition("tier", SegmentOperator.Equals, "gold"),
            Condition("country", SegmentOperator.In, values: ["DE"]),
            Condition("interests", SegmentOperator.Contains, "running"),
            Condition("interests", SegmentOperator.In, values: ["travel", "music"]),
            Condition("interests", SegmentOperator.Exists),
            Condition("lifetimeValue", SegmentOperator.Between, min: 10, max: 100),
            Condition("purchaseCount", SegmentOperator.Equals, 2),
            Condition("lastActiveAt", SegmentOperator.Between, min: "2026-01-01"),
            Condition("daysSinceActive", SegmentOperator.Between, min: 3, max: 30),
            Condition("daysSinceActive", SegmentOperator.Equals, 5),
            Condition("marketingConsent", SegmentOperator.Equals, true),
            Condition("products", SegmentOperator.Contains, "019ad000-0000-7000-8000-000000000101"),
            Condition("products", SegmentOperator.In, values: ["sku-a", "sku-b"]),
            Condition("products", SegmentOperator.Exists),
        ],
        [
            new SegmentRule(SegmentMatch.Any,
            [
                Condition("attributes.plan", SegmentOperator.Equals, "annual"),
                Condition("attributes.seats", SegmentOperator.Equals, 3),
                Condition("attributes.beta", SegmentOperator.Equals, true),
                Condition("attributes.seats", SegmentOperator.Between, min: 1),
                Condition("attributes.tags", SegmentOperator.Contains, "b2b"),
                Condition("attributes.plan", SegmentOperator.Exists),
                Condition("attributes.plan", SegmentOperator.In, values: ["annual", "monthly"]),
            ]),
        ]);

        private static SegmentCondition Condition(string field, SegmentOperator op, object? value = null, object[]? values = null, object? min = null, object? max = null) =>
            new(field, op, Json(value), values?.Select(item => Json(item)!.Value).ToList(), Json(min), Json(max));

        private static JsonElement? Json(object? value) => value is null ? null : JsonSerializer.SerializeToElement(value);
    }

    private static Array TwoOf(Type enumType)
    {
        var values = Array.CreateInstance(enumType, 2);
        Array.Copy(Enum.GetValues(enumType), values, 2);
        return values;
    }

    private static Type? ResultOf(Type type) =>
        type.GetInterfaces().FirstOrDefault(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IQuery<>))?.GetGenericArguments()[0];

    private sealed class Nobody : ICurrentUser
    {
        public string Id => "sql-parse-test";
    }
}
