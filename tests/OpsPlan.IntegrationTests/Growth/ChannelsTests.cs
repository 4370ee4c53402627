using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Finance;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>Acquisition channels: CRUD, daily metrics synced by channel and day, and the performance view in the reporting currency.</summary>
public sealed class ChannelsTests(DatabaseProvider provider) : GrowthTest(provider)
{
    private const string Channels = "/api/v1/growth/channels";

    private static readonly DateOnly Today = DateOnly.FromDateTime(Start);

    private async Task<string> ChannelAsync(string name, string kind = "search-ads") =>
        (await (await Growth.PostJsonAsync(Channels, new { name, kind })).ShouldHaveStatus(HttpStatusCode.Created)).Id();

    private static object Day(string channelId, DateOnly day, string spend, long impressions = 1_000, long clicks = 100, long signups = 10, long activations = 5,
        string revenue = "0", string currency = "EUR") => new
    {
        channelId,
        day,
        spend = FinanceApi.Money(spend, currency),
        impressions,
        clicks,
        signups,
        activations,
        revenue = FinanceApi.Money(revenue, currency),
    };

    private async Task<JsonNode> SyncDaysAsync(params object[] days) =>
        await (await Growth.PostJsonAsync(Channels + "/metrics/batch", new { items = days })).ShouldHaveStatus(HttpStatusCode.OK);

    private async Task RateAsync(string currency, DateOnly day, string rate) =>
        await (await Api.ClientFor(Roles.Admin).PostJsonAsync(FinanceApi.ExchangeRateBatch, new { items = new[] { new { currency, effectiveOn = day, rate } } }))
            .ShouldHaveStatus(HttpStatusCode.OK);

    [Test]
    public async Task A_channel_is_created_listed_by_kind_and_replaced_with_its_version()
    {
        var search = await ChannelAsync("Google Search");
        await ChannelAsync("Newsletter", "content");

        var bySearch = await Growth.GetJsonAsync($"{Channels}?kind=search-ads");
        var current = await Growth.GetAsync($"{Channels}/{search}");
        var replaced = await (await Growth.PutJsonAsync($"{Channels}/{search}", new { name = "Google Search (brand)", kind = "search-ads", status = "paused" },
            current.Headers.ETag!.Tag)).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(bySearch["items"]!.AsArray().Select(item => item!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Google Search" }));
            Assert.That(replaced["status"]!.GetValue<string>(), Is.EqualTo("paused"));
            Assert.That(replaced["version"]!.GetValue<long>(), Is.EqualTo(2));
        });
        await (await Growth.PutJsonAsync($"{Channels}/{search}", new { name = "x", kind = "seo", status = "active" }, current.Headers.ETag!.Tag))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await Growth.PostJsonAsync(Channels, new { name = "Newsletter", kind = "content" })).ShouldBeProblem(HttpStatusCode.Conflict, "growth.duplicate-channel-name");
        await (await Growth.PostJsonAsync(Channels, new { name = "", kind = "seo" })).ShouldBeValidationProblem("name");
        await (await Growth.PostJsonAsync(Channels, new { name = "TV", kind = "tv" })).ShouldBeValidationProblem("kind");
        await (await Growth.GetAsync($"{Channels}?status=sleeping")).ShouldBeValidationProblem("status");
    }

    [Test]
    public async Task Daily_metrics_upsert_by_channel_and_day_and_a_bad_item_fails_alone()
    {
        var channel = await ChannelAsync("Meta Ads", "social");

        var first = await SyncDaysAsync(Day(channel, Today, "100.00"), Day(channel, Today.AddDays(-1), "80.00"));
        var second = await SyncDaysAsync(
            Day(channel, Today, "100.00"),
            Day(channel, Today.AddDays(-1), "95.50"),
            Day(Guid.CreateVersion7().ToString(), Today, "1.00"),
            Day(channel, Today.AddDays(-2), "5.00", impressions: 10, clicks: 11),
            Day(channel, Today.AddDays(1), "5.00"),
            Day(channel, Today.AddDays(-1), "1.00"));
        var stored = await Growth.GetJsonAsync($"{Channels}/{channel}/metrics?from={Today.AddDays(-7):yyyy-MM-dd}&to={Today:yyyy-MM-dd}");

        Assert.Multiple(() =>
        {
            Assert.That(Statuses(first), Is.EqualTo(new[] { "created", "created" }));
            Assert.That(Statuses(second), Is.EqualTo(new[] { "unchanged", "updated", "failed", "failed", "failed", "failed" }));
            Assert.That(second["items"]![2]!["errors"]!["channelId"], Is.Not.Null);
            Assert.That(second["items"]![3]!["errors"]!["clicks"], Is.Not.Null);
            Assert.That(second["items"]![4]!["errors"]!["day"], Is.Not.Null);
            Assert.That(second["items"]![5]!["errors"]!["day"], Is.Not.Null, "the same channel and day twice in one batch");
            Assert.That(stored.AsArray().Select(day => day!["spend"]!["amount"]!.GetValue<string>()), Is.EqualTo(new[] { "95.50", "100.00" }));
        });
    }

    [Test]
    public async Task Performance_converts_each_day_at_its_rate_and_divides_only_by_what_is_not_zero()
    {
        var paid = await ChannelAsync("Google Search");
        var organic = await ChannelAsync("Blog", "content");
        await RateAsync("EUR", Today.AddDays(-10), "1.10");
        await RateAsync("EUR", Today.AddDays(-1), "1.20");
        await SyncDaysAsync(
            Day(paid, Today.AddDays(-2), "100.00", impressions: 10_000, clicks: 200, signups: 10, activations: 4, revenue: "300.00"),
            Day(paid, Today.AddDays(-1), "100.00", impressions: 10_000, clicks: 200, signups: 10, activations: 6, revenue: "0"),
            Day(organic, Today.AddDays(-1), "0", impressions: 0, clicks: 0, signups: 3, activations: 1, revenue: "0"));

        var view = await Growth.GetJsonAsync($"{Channels}/performance?from={Today.AddDays(-6):yyyy-MM-dd}&to={Today:yyyy-MM-dd}");
        var rows = view["channels"]!.AsArray().ToDictionary(row => row!["name"]!.GetValue<string>(), row => row!);

        Assert.Multiple(() =>
        {
            Assert.That(view["currency"]!.GetValue<string>(), Is.EqualTo("USD"));
            // 100 EUR at 1.10 and 100 EUR at 1.20; 300 EUR revenue at 1.10.
            Assert.That(rows["Google Search"]["spend"]!["amount"]!.GetValue<string>(), Is.EqualTo("230.00"));
            Assert.That(rows["Google Search"]["revenue"]!["amount"]!.GetValue<string>(), Is.EqualTo("330.00"));
            Assert.That(rows["Google Search"]["cac"]!["amount"]!.GetValue<string>(), Is.EqualTo("11.50"));
            Assert.That(rows["Google Search"]["clickThroughRate"]!.GetValue<decimal>(), Is.EqualTo(0.02m));
            Assert.That(rows["Google Search"]["conversionRate"]!.GetValue<decimal>(), Is.EqualTo(0.05m));
            Assert.That(rows["Google Search"]["activationRate"]!.GetValue<decimal>(), Is.EqualTo(0.5m));
            Assert.That(rows["Google Search"]["roi"]!.GetValue<decimal>(), Is.EqualTo(0.4348m));
            Assert.That(rows["Blog"]["cac"], Is.Null, "no spend: no CAC rather than a division by zero");
            Assert.That(rows["Blog"]["roi"], Is.Null);
            Assert.That(rows["Blog"]["clickThroughRate"], Is.Null);
            Assert.That(view["totals"]!["signups"]!.GetValue<long>(), Is.EqualTo(23));
        });
    }

    [Test]
    public async Task Performance_without_a_rate_is_a_clear_conflict_and_a_bad_range_a_bad_request()
    {
        var channel = await ChannelAsync("Yandex", "search-ads");
        await SyncDaysAsync(Day(channel, Today, "50.00", currency: "RUB"));

        await (await Growth.GetAsync($"{Channels}/performance")).ShouldBeProblem(HttpStatusCode.Conflict, "finance.missing-exchange-rate");
        await (await Growth.GetAsync($"{Channels}/performance?from=2026-06-10&to=2026-06-01")).ShouldBeValidationProblem("to");
        await (await Growth.GetAsync($"{Channels}/{Guid.CreateVersion7()}/metrics")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_empty_range_shows_every_channel_with_zeros()
    {
        await ChannelAsync("Podcast", "offline");

        var view = await Growth.GetJsonAsync($"{Channels}/performance");

        Assert.Multiple(() =>
        {
            Assert.That(view["channels"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(view["channels"]![0]!["spend"]!["amount"]!.GetValue<string>(), Is.EqualTo("0.00"));
            Assert.That(view["totals"]!["cac"], Is.Null);
        });
    }
}
