using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Segments;
using OpsPlan.Modules.Growth.Domain.Activity;
using OpsPlan.Modules.Growth.Domain.Customers;
using OpsPlan.Modules.Growth.Domain.Segments;
using OpsPlan.Modules.Growth.Domain.Stages;

namespace OpsPlan.Seeder;

/// <summary>
/// Customers who signed up over the last two years, each with activity events between sign-up and now (one in ten a
/// purchase), written through Growth's repositories with the stage and value the app would have computed; and one
/// segment for the size scenario.
/// </summary>
internal sealed class GrowthSeeder(IServiceProvider provider)
{
    private const int CustomersPerBatch = 1_000;
    private static readonly string[] Countries = ["DE", "AT", "FR", "US", "GB", "ES", "IT", "NL", "PL", "SE"];
    private static readonly string[] Channels = ["seo", "social", "search-ads", "referral", "partner"];
    private static readonly string[] Interests = ["running", "travel", "cooking", "gaming", "music", "fashion", "finance", "fitness"];
    private static readonly ActivityType[] Types = [ActivityType.Login, ActivityType.PageView, ActivityType.FeatureUse, ActivityType.Login, ActivityType.PageView,
        ActivityType.FeatureUse, ActivityType.Login, ActivityType.PageView, ActivityType.SupportContact, ActivityType.Purchase];

    private readonly StageWindows _windows = new(TimeSpan.FromDays(30), TimeSpan.FromDays(30), TimeSpan.FromDays(90));

    /// <summary>Returns the segment and the seeded customers' ids, in the order of their external ids.</summary>
    public async Task<(Guid Segment, IReadOnlyList<Guid> Customers)> SeedAsync(int customerCount, int eventCount)
    {
        var ids = new List<Guid>(customerCount);
        var random = new Random(11);
        var now = SystemClock.TruncateToMicroseconds(DateTime.UtcNow);
        var firstSignUp = now.AddYears(-2);
        var eventsPerCustomer = Math.Max(1, eventCount / Math.Max(1, customerCount));
        var eventNumber = 0;
        for (var offset = 0; offset < customerCount; offset += CustomersPerBatch)
        {
            var customers = new List<Customer>();
            var events = new List<ActivityEvent>();
            for (var i = offset; i < Math.Min(customerCount, offset + CustomersPerBatch); i++)
            {
                var signedUp = firstSignUp.AddMinutes(random.Next((int)(now - firstSignUp).TotalMinutes));
                var profile = new CustomerProfile(
                    new PersonalData($"Seeded customer {i}", $"seed{i}@example.com", (AgeBand)random.Next(7), (Gender)random.Next(4), "Region " + (i % 20),
                        InterestTags.Of([Interests[random.Next(Interests.Length)], Interests[random.Next(Interests.Length)]]), "{\"plan\":\"" + (i % 3 == 0 ? "annual" : "monthly") + "\"}"),
                    Countries[random.Next(Countries.Length)], Channels[random.Next(Channels.Length)], signedUp, (CustomerTier)random.Next(4), random.Next(2) == 0);
                var customer = Customer.Register($"SEED-C-{i}", profile, _windows, now);
                var customerEvents = Enumerable.Range(0, eventsPerCustomer).Select(_ => new ActivityEvent(Ids.New(), $"SEED-E-{eventNumber++}", customer.Id,
                    Types[random.Next(Types.Length)], signedUp.AddMinutes(random.Next(Math.Max(1, (int)(now - signedUp).TotalMinutes))), null, null, now)).ToList();
                customerEvents = customerEvents.Select(recorded => recorded.IsPurchase ? recorded with { Value = Money.FromMinorUnits(random.Next(500, 500_000), "EUR") } : recorded).ToList();
                customer.RecordActivity(customerEvents.Max(recorded => recorded.OccurredAt),
                    customerEvents.Where(recorded => recorded.IsPurchase).Select(recorded => (recorded.Value!.Value.MinorUnits, recorded.OccurredAt)), _windows, now);
                customers.Add(customer);
                ids.Add(customer.Id);
                events.AddRange(customerEvents);
            }

            await UnitOfWorkScope.RunAsync(provider, "growth", async services =>
            {
                var repository = services.GetRequiredService<ICustomerRepository>();
                await repository.AddAsync(customers, CancellationToken.None);
                await repository.AddStageChangesAsync(customers.SelectMany(customer => customer.StageChanges).ToList(), CancellationToken.None);
                var cohorts = customers.ToDictionary(customer => customer.Id, customer => new MarkedCustomer(null, customer.Profile.SignupMonth));
                await services.GetRequiredService<IActivityRepository>().AddAsync(events, ActivityMarks.Of(events, id => cohorts[id]), CancellationToken.None);
            });
        }

        var segment = Segment.Create("Load-test segment", "DACH customers who bought, or are at risk.", new SegmentRule(SegmentMatch.All,
            [new SegmentCondition("country", SegmentOperator.In, Values: [Json("DE"), Json("AT")])],
            [new SegmentRule(SegmentMatch.Any, [new SegmentCondition("purchaseCount", SegmentOperator.Between, Min: Json(1)), new SegmentCondition("stage", SegmentOperator.Equals, Json("at-risk"))])]),
            now);
        await UnitOfWorkScope.RunAsync(provider, "growth", services => services.GetRequiredService<ISegmentRepository>().AddAsync(segment, CancellationToken.None));
        return (segment.Id, ids);
    }

    private static System.Text.Json.JsonElement Json<T>(T value) => System.Text.Json.JsonSerializer.SerializeToElement(value);
}
