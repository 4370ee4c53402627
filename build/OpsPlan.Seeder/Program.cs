using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsPlan.BuildingBlocks;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Risk;
using OpsPlan.Seeder;

// dotnet run --project build/OpsPlan.Seeder -c Release -- <data folder> [risks=100000]
// Fills a database of realistic size through the modules' own repositories, so the rows are exactly what the app writes.
if (args.Length is < 1 or > 2 || (args.Length == 2 && !int.TryParse(args[1], out _)))
{
    Console.Error.WriteLine("Usage: OpsPlan.Seeder <data folder> [risks]");
    return 2;
}

var directory = Path.GetFullPath(args[0]);
var riskCount = args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Sqlite",
    ["Database:SqliteDirectory"] = directory,
    ["Outbox:RelayEnabled"] = "false",
}).Build();

var services = new ServiceCollection()
    .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
    .AddSingleton<OpsPlan.BuildingBlocks.Application.Security.ICurrentUser>(new SeederUser());
services.AddOpsPlanModules(configuration, directory, new RiskModule());
await using var provider = services.BuildServiceProvider();
provider.GetRequiredService<DatabaseMigrator>().Migrate();

var started = System.Diagnostics.Stopwatch.StartNew();
var ids = await new RiskSeeder(provider).SeedAsync(riskCount);
await File.WriteAllLinesAsync(Path.Combine(directory, "risk-ids.txt"), ids.Select(id => id.ToString()));
Console.WriteLine($"Seeded {riskCount:N0} risks with {riskCount * 2:N0} assessments into {directory} in {started.Elapsed.TotalSeconds:0.0} s");
return 0;
