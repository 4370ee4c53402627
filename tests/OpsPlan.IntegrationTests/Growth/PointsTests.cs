using System.Net;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>Loyalty points: a ledger whose sum is the balance, idempotent by the client's key, never below zero even under racing redemptions.</summary>
public sealed class PointsTests(DatabaseProvider provider) : GrowthTest(provider)
{
    private async Task<string> PointsOfAsync(string externalId) => $"{Customers}/{(await CustomerAsync(externalId)).Id()}/points";

    private Task<HttpResponseMessage> EntryAsync(string points, string key, string kind, long amount) =>
        Growth.PostJsonAsync(points + "/entries", new { key, kind, points = amount, reason = "test " + key });

    [Test]
    public async Task Earn_redeem_and_expire_keep_the_balance_the_sum_of_the_ledger()
    {
        await SyncAsync(Customer("ana"));
        var points = await PointsOfAsync("ana");
        var empty = await Growth.GetJsonAsync(points);

        var earned = await (await EntryAsync(points, "grant-1", "earn", 1_000)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await EntryAsync(points, "order-1", "redeem", 300)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await EntryAsync(points, "expiry-2026", "expire", 200)).ShouldHaveStatus(HttpStatusCode.Created);
        var balance = await Growth.GetJsonAsync(points);
        var ledger = await Growth.GetJsonAsync(points + "/entries");

        Assert.Multiple(() =>
        {
            Assert.That(empty["balance"]!.GetValue<long>(), Is.Zero, "a customer with no entries has a zero balance");
            Assert.That(earned["entry"]!["balance"]!.GetValue<long>(), Is.EqualTo(1_000));
            Assert.That(balance["balance"]!.GetValue<long>(), Is.EqualTo(500));
            Assert.That(balance["earned"]!.GetValue<long>(), Is.EqualTo(1_000));
            Assert.That(balance["redeemed"]!.GetValue<long>(), Is.EqualTo(300));
            Assert.That(balance["expired"]!.GetValue<long>(), Is.EqualTo(200));
            Assert.That(ledger["items"]!.AsArray().Sum(entry => entry!["points"]!.GetValue<long>()), Is.EqualTo(500));
            Assert.That(ledger["items"]!.AsArray().Select(entry => entry!["points"]!.GetValue<long>()), Is.EquivalentTo(new long[] { 1_000, -300, -200 }));
        });
    }

    [Test]
    public async Task A_repeated_key_returns_the_first_entry_and_another_body_with_it_is_refused()
    {
        await SyncAsync(Customer("ana"));
        var points = await PointsOfAsync("ana");

        var first = await (await EntryAsync(points, "grant-1", "earn", 100)).ShouldHaveStatus(HttpStatusCode.Created);
        var repeat = await (await EntryAsync(points, "grant-1", "earn", 100)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await EntryAsync(points, "grant-1", "earn", 999)).ShouldBeProblem(HttpStatusCode.Conflict, "growth.points-key-reused");
        var balance = await Growth.GetJsonAsync(points);

        Assert.Multiple(() =>
        {
            Assert.That(repeat["entry"]!["id"]!.GetValue<string>(), Is.EqualTo(first["entry"]!["id"]!.GetValue<string>()));
            Assert.That(repeat["created"]!.GetValue<bool>(), Is.False);
            Assert.That(balance["balance"]!.GetValue<long>(), Is.EqualTo(100));
        });
    }

    [Test]
    public async Task Racing_redemptions_never_take_the_balance_below_zero()
    {
        await SyncAsync(Customer("ana"));
        var points = await PointsOfAsync("ana");
        await (await EntryAsync(points, "grant", "earn", 1_000)).ShouldHaveStatus(HttpStatusCode.Created);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(index => EntryAsync(points, $"order-{index}", "redeem", 300)));
        var balance = await Growth.GetJsonAsync(points);

        Assert.Multiple(() =>
        {
            Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.Created), Is.EqualTo(3));
            Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(7));
            Assert.That(balance["balance"]!.GetValue<long>(), Is.EqualTo(100));
        });
        await responses.First(response => response.StatusCode == HttpStatusCode.Conflict).ShouldBeProblem(HttpStatusCode.Conflict, "growth.insufficient-points");
    }

    [Test]
    public async Task Bad_entries_name_their_field_and_an_unknown_customer_is_not_found()
    {
        await SyncAsync(Customer("ana"));
        var points = await PointsOfAsync("ana");

        await (await Growth.PostJsonAsync(points + "/entries", new { key = "", kind = "earn", points = 0, reason = "" })).ShouldBeValidationProblem("key", "points", "reason");
        await (await Growth.PostJsonAsync(points + "/entries", new { key = "k", kind = "gift", points = 5, reason = "x" })).ShouldBeValidationProblem("kind");
        await (await EntryAsync(points, "too-much", "redeem", 1)).ShouldBeProblem(HttpStatusCode.Conflict, "growth.insufficient-points");
        await (await EntryAsync($"{Customers}/{Guid.CreateVersion7()}/points", "k", "earn", 1)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Growth.GetAsync($"{Customers}/{Guid.CreateVersion7()}/points")).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That((await Growth.GetJsonAsync(points + "/entries"))["items"]!.AsArray(), Is.Empty);
    }
}
