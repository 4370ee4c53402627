using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.Modules.Lifecycle.Contracts.Events;

namespace OpsPlan.IntegrationTests.Lifecycle;

/// <summary>
/// Monthly figures and the decline rule (defaults: 3 months in a row, each down more than 5 %): what the health view
/// shows and advises, and the event published once per declining month.
/// </summary>
public sealed class HealthTests(DatabaseProvider provider) : LifecycleTest(provider)
{
    private async Task<JsonNode> HealthAsync(string product) => await Team.GetJsonAsync($"{Products}/{product}/health");

    private Task<long> DeclinesPublishedAsync() => Api.PublishedAsync<ProductDeclineDetected>("lifecycle");

    private static JsonNode Signal(JsonNode health, string metric) => health["signals"]!.AsArray().Single(signal => signal!["metric"]!.GetValue<string>() == metric)!;

    [Test]
    public async Task Users_falling_three_months_in_a_row_is_a_decline_reported_once_per_month_with_stop_investing_advised()
    {
        var product = await LaunchedProductAsync();
        var healthy = await HealthAsync(product);
        var first = await SyncMetricsAsync(Month(product, "2026-01", 1000, "10000.00", 60, 30), Month(product, "2026-02", 940, "10000.00"),
            Month(product, "2026-03", 880, "10100.00"), Month(product, "2026-04", 820, "9990.00", 55.5m, 20));
        var declining = await HealthAsync(product);
        var reported = await DeclinesPublishedAsync();
        var again = await SyncMetricsAsync(Month(product, "2026-04", 820, "9990.00", 55.5m, 20));
        var reportedAgain = await DeclinesPublishedAsync();
        await SyncMetricsAsync(Month(product, "2026-05", 760, "9950.00"));
        var nextMonth = await DeclinesPublishedAsync();

        var users = Signal(declining, "active-users");
        Assert.Multiple(async () =>
        {
            Assert.That((healthy["recommendation"]!.GetValue<string>(), healthy["months"]!.GetValue<int>()), Is.EqualTo(("keep-investing", 0)));
            Assert.That(Statuses(first), Is.EqualTo(new[] { "created", "created", "created", "created" }));
            Assert.That((users["consecutiveFalls"]!.GetValue<int>(), users["declining"]!.GetValue<bool>(), users["trend"]!.GetValue<string>()), Is.EqualTo((3, true, "falling")));
            Assert.That(users["changePercent"]!.GetValue<decimal>(), Is.EqualTo(-6.82m));
            Assert.That(users["streakChangePercent"]!.GetValue<decimal>(), Is.EqualTo(-18m));
            Assert.That((Signal(declining, "revenue")["declining"]!.GetValue<bool>(), Signal(declining, "revenue")["trend"]!.GetValue<string>()), Is.EqualTo((false, "stable")));
            Assert.That((declining["declineDetected"]!.GetValue<bool>(), declining["recommendation"]!.GetValue<string>()), Is.EqualTo((true, "stop-investing")));
            Assert.That((declining["latestMonth"]!.GetValue<string>(), declining["retentionPercent"]!.GetValue<decimal>(), declining["nps"]!.GetValue<int>()),
                Is.EqualTo(("2026-04", 55.5m, 20)));
            Assert.That(reported, Is.EqualTo(1), "one lifecycle.product-decline-detected for 2026-04");
            Assert.That((Statuses(again).Single(), reportedAgain), Is.EqualTo(("unchanged", 1L)), "the same month is reported once");
            Assert.That(nextMonth, Is.EqualTo(2), "a new declining month is reported again");
            Assert.That((await Team.GetJsonAsync($"{Products}/{product}"))["declineDetectedFor"]!.GetValue<string>(), Is.EqualTo("2026-05-01"));
        });
    }

    [Test]
    public async Task Users_and_revenue_both_falling_advise_planning_the_retirement()
    {
        var product = await LaunchedProductAsync();
        await SyncMetricsAsync(Month(product, "2026-01", 1000, "10000.00"), Month(product, "2026-02", 900, "9000.00"), Month(product, "2026-03", 800, "8000.00"),
            Month(product, "2026-04", 700, "7000.00"));

        var health = await HealthAsync(product);

        Assert.Multiple(() =>
        {
            Assert.That(health["recommendation"]!.GetValue<string>(), Is.EqualTo("plan-retirement"));
            Assert.That(health["reasons"]!.AsArray().Select(reason => reason!.GetValue<string>()), Has.Some.StartsWith("Revenue fell 3 months in a row, by 30 %"));
        });
    }

    [Test]
    public async Task A_gap_breaks_the_run_and_bad_figures_fail_alone()
    {
        var product = await LaunchedProductAsync();
        var other = await LaunchedProductAsync("Other");
        await SyncMetricsAsync(Month(other, "2026-01", 1, "1.00"));
        var synced = await SyncMetricsAsync(
            Month(product, "2026-01", 1000, "100.00"), Month(product, "2026-02", 900, "100.00"), Month(product, "2026-04", 800, "100.00"), Month(product, "2026-05", 700, "100.00"),
            Month(product, "2026-07", 600, "100.00"),
            new { productId = product, month = "2026-13", activeUsers = 1, revenue = new { amount = "1.00", currency = "EUR" } },
            new { productId = product, month = "2025-12", activeUsers = -1, revenue = new { amount = "1.00", currency = "EUR" }, retentionPercent = 100.5m, nps = 101 },
            new { productId = other, month = "2026-02", activeUsers = 1, revenue = new { amount = "1.00", currency = "USD" } },
            Month(Guid.CreateVersion7().ToString(), "2026-01", 1, "1.00"),
            Month(product, "2026-01", 5, "1.00"));
        var errors = synced["items"]!.AsArray().Skip(4).Select(item => string.Join(",", item!["errors"]!.AsObject().Select(error => error.Key).Order())).ToList();

        Assert.Multiple(async () =>
        {
            Assert.That(Statuses(synced), Is.EqualTo(new[] { "created", "created", "created", "created", "failed", "failed", "failed", "failed", "failed", "failed" }));
            Assert.That(errors, Is.EqualTo(new[] { "month", "month", "activeUsers,nps,retentionPercent", "revenue.currency", "productId", "month" }));
            Assert.That(Signal(await HealthAsync(product), "active-users")["consecutiveFalls"]!.GetValue<int>(), Is.EqualTo(1), "March is missing: the run starts again");
            Assert.That((await Team.GetJsonAsync($"{Products}/{product}/metrics?from=2026-02&to=2026-04")).AsArray().Select(month => month!["month"]!.GetValue<string>()),
                Is.EqualTo(new[] { "2026-02", "2026-04" }));
        });
        await (await Team.GetAsync($"{Products}/{product}/metrics?from=2026-5")).ShouldBeValidationProblem("from");
        await (await Team.GetAsync($"{Products}/{Guid.CreateVersion7()}/health")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
