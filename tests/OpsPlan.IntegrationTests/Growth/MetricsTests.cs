using System.Text.Json.Nodes;
using System.Net;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>The growth KPIs and the cohort retention matrix, against data whose answers are worked out by hand.</summary>
public sealed class MetricsTests(DatabaseProvider provider) : GrowthTest(provider)
{
    private static readonly DateTime May = new(2026, 5, 10, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public async Task The_overview_counts_new_and_active_customers_stickiness_repurchase_and_value_by_channel()
    {
        await SyncAsync(Customer("old", May, channel: "seo"), Customer("new-1", Start.AddDays(-3)), Customer("new-2", Start.AddDays(-2)));
        await SendEventsAsync(
            Event("a", "new-1", Start.AddDays(-1), "purchase", 30m),
            Event("b", "new-1", Start.AddHours(-1), "purchase", 10m),
            Event("c", "new-2", Start.AddHours(-2), "purchase", 20m),
            Event("d", "old", Start.AddDays(-1)));

        var overview = await Growth.GetJsonAsync($"{Metrics}/overview?from=2026-05-03&to=2026-06-01");

        var searchAds = overview["byChannel"]!.AsArray().Single(channel => channel!["channel"]!.GetValue<string>() == "search-ads")!;
        Assert.Multiple(() =>
        {
            Assert.That(overview["newCustomers"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(overview["customers"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(overview["mau"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(overview["wau"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(overview["dau"]!.GetValue<decimal>(), Is.EqualTo(0.13m), "4 customer-days over 30 days");
            Assert.That(overview["stickiness"]!.GetValue<decimal>(), Is.EqualTo(0.0433m));
            Assert.That(overview["repurchaseRate"]!.GetValue<decimal>(), Is.EqualTo(0.5m), "one of the two buyers bought again");
            Assert.That(overview["averageLifetimeValue"]!["amount"]!.GetValue<string>(), Is.EqualTo("20.00"));
            Assert.That(overview["churnRate"], Is.Null, "nobody had signed up before the range");
            Assert.That(overview["stages"]!["new"]!.GetValue<int>(), Is.EqualTo(3), "all three signed up less than 30 days ago");
            Assert.That(searchAds["newCustomers"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(searchAds["averageLifetimeValue"]!["amount"]!.GetValue<string>(), Is.EqualTo("30.00"));
        });
    }

    [Test]
    public async Task Weekly_and_monthly_actives_count_who_was_active_in_the_window_whether_or_not_they_came_back_later()
    {
        await SyncAsync(Customer("back-again", May), Customer("only-later", May), Customer("early", May, channel: "seo"), Customer("ahead", May));
        await SendEventsAsync(
            Event("a", "back-again", May.AddDays(10)),
            Event("b", "back-again", Start.AddHours(-1)),
            Event("c", "only-later", Start.AddHours(-2)),
            Event("d", "early", May.AddDays(2)),
            Event("e", "ahead", May.AddDays(18)));

        var current = await Growth.GetJsonAsync($"{Metrics}/overview");
        var past = await Growth.GetJsonAsync($"{Metrics}/overview?from=2026-05-15&to=2026-05-25");
        await SendEventsAsync(Event("f", "ahead", Start.AddHours(20)));
        var withTomorrow = await Growth.GetJsonAsync($"{Metrics}/overview");

        int Mau(JsonNode overview, string channel) => overview["byChannel"]!.AsArray().Single(row => row!["channel"]!.GetValue<string>() == channel)!["mau"]!.GetValue<int>();
        Assert.Multiple(() =>
        {
            Assert.That((current["mau"]!.GetValue<int>(), current["wau"]!.GetValue<int>()), Is.EqualTo((4, 3)), "May 3 - June 1 and May 26 - June 1");
            Assert.That((past["mau"]!.GetValue<int>(), past["wau"]!.GetValue<int>()), Is.EqualTo((2, 1)), "April 26 - May 25 and May 19 - 25: active then, and later too");
            Assert.That((Mau(past, "seo"), Mau(past, "search-ads")), Is.EqualTo((1, 1)));
            Assert.That((withTomorrow["mau"]!.GetValue<int>(), withTomorrow["wau"]!.GetValue<int>()), Is.EqualTo((4, 3)),
                "an event dated tomorrow moves a last activity past the period, not the customer out of it");
        });
    }

    [Test]
    public async Task Churn_rate_counts_moves_to_churned_over_customers_not_churned_when_the_range_began()
    {
        await SyncAsync(Customer("quiet"), Customer("busy"));
        Time.Advance(TimeSpan.FromDays(80));
        await SendEventsAsync(Event("b", "busy", Time.GetUtcNow().UtcDateTime));
        Time.Advance(TimeSpan.FromDays(15));
        await ReevaluateAsync();

        var overview = await Growth.GetJsonAsync($"{Metrics}/overview?from=2026-08-01&to=2026-09-04");

        Assert.That(overview["churned"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(overview["churnRate"]!.GetValue<decimal>(), Is.EqualTo(0.5m));
    }

    [Test]
    public async Task Retention_puts_each_cohort_in_its_sign_up_month_and_an_empty_cohort_has_size_zero()
    {
        await SyncAsync(Customer("may-1", May), Customer("may-2", May.AddDays(3)), Customer("jun-1", Start));
        await SendEventsAsync(Event("m1", "may-1", May.AddHours(1)), Event("m2", "may-2", May.AddDays(4)), Event("j1", "may-1", Start), Event("j2", "jun-1", Start));

        var retention = await Growth.GetJsonAsync($"{Metrics}/retention?from=2026-04-01&to=2026-06-30&by=month");

        var cohorts = retention["cohorts"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(cohorts.Select(cohort => cohort!["cohort"]!.GetValue<string>()), Is.EqualTo(new[] { "2026-04-01", "2026-05-01", "2026-06-01" }));
            Assert.That(cohorts[0]!["size"]!.GetValue<int>(), Is.Zero);
            Assert.That(cohorts[0]!["periods"]![0]!["retention"], Is.Null, "an empty cohort has no percentages");
            Assert.That(cohorts[1]!["size"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(cohorts[1]!["periods"]!.AsArray().Select(cell => cell!["retention"]!.GetValue<decimal>()), Is.EqualTo(new[] { 1m, 0.5m }));
            Assert.That(cohorts[2]!["periods"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_customer_synced_into_another_sign_up_month_moves_to_that_cohort_with_its_activity()
    {
        await SyncAsync(Customer("may-1", May), Customer("may-2", May.AddDays(3)), Customer("jun-1", Start));
        await SendEventsAsync(Event("m1", "may-1", May.AddHours(1)), Event("m2", "may-2", May.AddDays(4)), Event("j1", "may-1", Start),
            Event("j2", "jun-1", Start), Event("j3", "may-2", Start.AddHours(-1)));
        await Growth.GetJsonAsync($"{Metrics}/retention?from=2026-05-01&to=2026-06-30&by=month");

        Time.Advance(TimeSpan.FromMinutes(1));
        await SyncAsync(Customer("may-2", Start.AddHours(-2)));
        var retention = await Growth.GetJsonAsync($"{Metrics}/retention?from=2026-05-01&to=2026-06-30&by=month");

        var cohorts = retention["cohorts"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(cohorts[0]!["size"]!.GetValue<int>(), Is.EqualTo(1), "May keeps only may-1");
            Assert.That(cohorts[0]!["periods"]!.AsArray().Select(cell => cell!["active"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(cohorts[1]!["size"]!.GetValue<int>(), Is.EqualTo(2), "June has jun-1 and may-2 now");
            Assert.That(cohorts[1]!["periods"]![0]!["active"]!.GetValue<int>(), Is.EqualTo(2), "may-2's June activity counts for June");
        });
    }

    [Test]
    public async Task A_customer_with_no_activity_yet_moves_to_another_cohort_when_nobody_has_any_marks()
    {
        await SyncAsync(Customer("may-1", May));
        await Growth.GetJsonAsync($"{Metrics}/retention?from=2026-05-01&to=2026-06-30&by=month");

        Time.Advance(TimeSpan.FromMinutes(1));
        var synced = await SyncAsync(Customer("may-1", Start.AddHours(-2)));
        var cohorts = (await Growth.GetJsonAsync($"{Metrics}/retention?from=2026-05-01&to=2026-06-30&by=month"))["cohorts"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(Statuses(synced), Is.EqualTo(new[] { "updated" }));
            Assert.That(cohorts.Select(cohort => cohort!["size"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 1 }));
        });
    }

    [Test]
    public async Task Rekeying_the_month_marks_by_month_keeps_every_mark_in_its_customers_cohort()
    {
        await SyncAsync(Customer("may-1", May), Customer("may-2", May.AddDays(3)), Customer("jun-1", Start));
        await SendEventsAsync(Event("m1", "may-1", May.AddHours(1)), Event("m2", "may-2", May.AddDays(4)), Event("j1", "may-1", Start), Event("j2", "jun-1", Start));
        var before = (await Growth.GetJsonAsync($"{Metrics}/retention?from=2026-05-01&to=2026-06-30&by=month"))["cohorts"]!.AsArray();
        // Back to the marks as they were stored before migration 0005: keyed by customer, without the cohort.
        await Api.ExecuteSqlAsync(Provider == DatabaseProvider.Sqlite
            ? """
              CREATE TABLE growth.customer_activity_months (customer_id TEXT NOT NULL, month TEXT NOT NULL, PRIMARY KEY (customer_id, month)) WITHOUT ROWID;
              INSERT INTO growth.customer_activity_months (customer_id, month) SELECT customer_id, month FROM growth.monthly_active_customers;
              DROP TABLE growth.monthly_active_customers;
              """
            : """
              CREATE TABLE growth.customer_activity_months (customer_id UNIQUEIDENTIFIER NOT NULL, month DATE NOT NULL, PRIMARY KEY (customer_id, month));
              INSERT INTO growth.customer_activity_months (customer_id, month) SELECT customer_id, month FROM growth.monthly_active_customers;
              DROP TABLE growth.monthly_active_customers;
              """);

        await Api.RunMigrationAsync("growth", "0005_monthly_active_customers.sql");
        Time.Advance(TimeSpan.FromMinutes(1));
        await SyncAsync(Customer("jun-2", Start.AddHours(-2))); // a write, so the cached matrix is computed again

        var after = (await Growth.GetJsonAsync($"{Metrics}/retention?from=2026-05-01&to=2026-06-30&by=month"))["cohorts"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(after[0]!.ToJsonString(), Is.EqualTo(before[0]!.ToJsonString()), "May's cohort counts the same marks");
            Assert.That(before[1]!["periods"]![0]!["active"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(after[1]!["size"]!.GetValue<int>(), Is.EqualTo(2), "June's cohort grew by the customer synced after");
            Assert.That(after[1]!["periods"]![0]!["active"]!.GetValue<int>(), Is.EqualTo(1), "jun-1's June mark kept its cohort");
        });
    }

    [Test]
    public async Task Bad_ranges_are_refused()
    {
        await (await Growth.GetAsync($"{Metrics}/overview?from=2026-06-02&to=2026-06-01")).ShouldBeValidationProblem("to");
        await (await Growth.GetAsync($"{Metrics}/overview?from=2025-01-01&to=2026-06-01")).ShouldBeValidationProblem("to");
        await (await Growth.GetAsync($"{Metrics}/overview?from=yesterday")).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Growth.GetAsync($"{Metrics}/retention?by=week")).ShouldBeValidationProblem("by");
        await (await Growth.GetAsync($"{Metrics}/retention?from=2020-01-01&to=2026-06-01")).ShouldBeValidationProblem("to");
        Assert.That((await Growth.GetJsonAsync($"{Metrics}/retention"))["cohorts"]!.AsArray(), Has.Count.EqualTo(12), "by default the last 12 months");
    }
}
