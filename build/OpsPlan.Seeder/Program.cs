using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsPlan.BuildingBlocks;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Finance;
using OpsPlan.Modules.Growth;
using OpsPlan.Modules.Lifecycle;
using OpsPlan.Modules.Overseas;
using OpsPlan.Modules.Partners;
using OpsPlan.Modules.Risk;
using OpsPlan.Seeder;

// dotnet run --project build/OpsPlan.Seeder -c Release -- <data folder> [risks=100000] [transactions=1000000] [customers=200000] [events=5000000] [products=10000] [partners=5000] [markets=249]
// Fills a database of realistic size through the modules' own repositories, so the rows are exactly what the app writes.
if (args.Length is < 1 or > 8 || args.Skip(1).Any(count => !int.TryParse(count, out _)))
{
    Console.Error.WriteLine("Usage: OpsPlan.Seeder <data folder> [risks] [transactions] [customers] [events] [products] [partners] [markets]");
    return 2;
}

var directory = Path.GetFullPath(args[0]);
// Seeding appends and the cost center codes are fixed, so a second run into the same folder would fail halfway.
if (Directory.Exists(directory) && Directory.EnumerateFiles(directory, "opsplan*.db").Any())
{
    Console.Error.WriteLine($"{directory} already holds an OpsPlan database: seed an empty folder.");
    return 1;
}

int Count(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
var riskCount = Count(1, 100_000);
var transactionCount = Count(2, 1_000_000);
var customerCount = Count(3, 200_000);
var eventCount = Count(4, 5_000_000);
var productCount = Count(5, 10_000);
var partnerCount = Count(6, 5_000);
var marketCount = Math.Min(Count(7, 249), 249);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Sqlite",
    ["Database:SqliteDirectory"] = directory,
    ["Outbox:RelayEnabled"] = "false",
}).Build();

var services = new ServiceCollection()
    .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
    .AddSingleton<OpsPlan.BuildingBlocks.Application.Security.ICurrentUser>(new SeederUser());
services.AddOpsPlanModules(configuration, directory, new RiskModule(), new FinanceModule(), new GrowthModule(), new LifecycleModule(), new PartnersModule(),
    new OverseasModule());
await using var provider = services.BuildServiceProvider();
provider.GetRequiredService<DatabaseMigrator>().Migrate();

var started = System.Diagnostics.Stopwatch.StartNew();
var ids = await new RiskSeeder(provider).SeedAsync(riskCount);
await File.WriteAllLinesAsync(Path.Combine(directory, "risk-ids.txt"), ids.Select(id => id.ToString()));
Console.WriteLine($"Seeded {riskCount:N0} risks with {riskCount * 2:N0} assessments into {directory} in {started.Elapsed.TotalSeconds:0.0} s");

started.Restart();
var (costCenters, budgets) = await new FinanceSeeder(provider).SeedAsync(transactionCount);
await File.WriteAllLinesAsync(Path.Combine(directory, "cost-center-ids.txt"), costCenters.Select(id => id.ToString()));
await File.WriteAllLinesAsync(Path.Combine(directory, "budget-ids.txt"), budgets.Select(id => id.ToString()));
Console.WriteLine($"Seeded {FinanceSeeder.CostCenterCount} cost centers with approved budgets and {transactionCount:N0} transactions in {started.Elapsed.TotalSeconds:0.0} s");

started.Restart();
var (segment, customers) = await new GrowthSeeder(provider).SeedAsync(customerCount, eventCount);
await File.WriteAllTextAsync(Path.Combine(directory, "segment-id.txt"), segment.ToString());
Console.WriteLine($"Seeded {customerCount:N0} customers with {eventCount:N0} activity events and one segment in {started.Elapsed.TotalSeconds:0.0} s");

started.Restart();
var (program, codes, firstFree) = await new ChannelsAndReferralsSeeder(provider).SeedAsync(customers);
await File.WriteAllTextAsync(Path.Combine(directory, "program-id.txt"), program.ToString());
await File.WriteAllLinesAsync(Path.Combine(directory, "invite-codes.txt"), codes);
// The load test redeems codes for the customers from here on, who were never referred.
await File.WriteAllTextAsync(Path.Combine(directory, "first-free-customer.txt"), firstFree.ToString(System.Globalization.CultureInfo.InvariantCulture));
Console.WriteLine($"Seeded {ChannelsAndReferralsSeeder.ChannelCount} channels with a year of daily metrics and {firstFree - codes.Count:N0} referrals in {started.Elapsed.TotalSeconds:0.0} s");

started.Restart();
var productsWithFigures = await new LifecycleSeeder(provider).SeedAsync(productCount);
await File.WriteAllLinesAsync(Path.Combine(directory, "product-ids.txt"), productsWithFigures.Select(id => id.ToString()));
Console.WriteLine($"Seeded {productCount:N0} products with their stage history and {productsWithFigures.Count} with five years of monthly figures in {started.Elapsed.TotalSeconds:0.0} s");

started.Restart();
var measuredPartner = await new PartnersSeeder(provider).SeedAsync(partnerCount);
await File.WriteAllTextAsync(Path.Combine(directory, "sla-partner-id.txt"), measuredPartner.ToString());
Console.WriteLine($"Seeded {partnerCount:N0} partners and three years of 20 SLA series for one of them in {started.Elapsed.TotalSeconds:0.0} s");

started.Restart();
var markets = await new OverseasSeeder(provider).SeedAsync(marketCount);
Console.WriteLine($"Seeded {markets} markets with {OverseasSeeder.AssessmentVersions} assessment versions, tasks and compliance items each in {started.Elapsed.TotalSeconds:0.0} s");
return 0;
