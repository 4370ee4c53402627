using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Lifecycle.Contracts.Events;

namespace OpsPlan.IntegrationTests.Lifecycle;

/// <summary>
/// A product in decline reaches two modules through its event only: Growth drafts one win-back campaign for the
/// product's at-risk and churned users, Risk raises one market risk per product — and a redelivery changes neither.
/// </summary>
public sealed class DeclineFlowTests(DatabaseProvider provider) : LifecycleTest(provider)
{
    private HttpClient Growth => Api.ClientFor(Roles.Growth);

    private async Task SeedCustomersAsync(string product)
    {
        var signedUp = Start.AddDays(-300);
        object Customer(string id) => new { externalId = id, displayName = "Customer " + id, country = "DE", signedUpAt = signedUp };
        object Event(string id, string customer, int daysAgo, string? productId) =>
            new { eventId = id, customerExternalId = customer, type = "feature-use", occurredAt = Start.AddDays(-daysAgo), productId };

        await (await Growth.PostJsonAsync("/api/v1/growth/customers/batch", new { items = new[] { Customer("lapsed"), Customer("gone"), Customer("loyal"), Customer("elsewhere") } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await (await Growth.PostJsonAsync("/api/v1/growth/events/batch", new
        {
            items = new[]
            {
                Event("e1", "lapsed", 40, product), Event("e2", "gone", 120, product), Event("e3", "loyal", 1, product), Event("e4", "elsewhere", 40, "another-product"),
            },
        })).ShouldHaveStatus(HttpStatusCode.OK);
    }

    private async Task DeclineAsync(string product, params string[] extraMonths)
    {
        object[] months = [Month(product, "2026-01", 1000, "100.00"), Month(product, "2026-02", 900, "100.00"), Month(product, "2026-03", 800, "100.00"),
            Month(product, "2026-04", 700, "100.00"), .. extraMonths.Select((month, index) => Month(product, month, 600 - (100 * index), "100.00"))];
        await SyncMetricsAsync(months);
    }

    private async Task<JsonArray> WinBackCampaignsAsync(string product) =>
        (await Growth.GetJsonAsync($"/api/v1/growth/campaigns?goal=win-back&productId={product}"))["items"]!.AsArray();

    private async Task<JsonArray> ProductRisksAsync() =>
        (await Api.ClientFor(Roles.Risk).GetJsonAsync("/api/v1/risk/risks?source=lifecycle"))["items"]!.AsArray();

    [Test]
    public async Task A_decline_drafts_one_win_back_campaign_for_the_products_lapsed_users_and_raises_one_market_risk()
    {
        var product = await LaunchedProductAsync();
        await SeedCustomersAsync(product);
        await DeclineAsync(product);
        await Api.DeliverOutboxAsync();

        var campaign = (await WinBackCampaignsAsync(product)).Single()!;
        var members = await Growth.GetJsonAsync($"/api/v1/growth/segments/{campaign["segmentId"]!.GetValue<string>()}/members");
        var risk = (await ProductRisksAsync()).Single()!;

        Assert.Multiple(() =>
        {
            Assert.That((campaign["status"]!.GetValue<string>(), campaign["name"]!.GetValue<string>()), Is.EqualTo(("draft", "Win back Team Planner users")));
            Assert.That(members["items"]!.AsArray().Select(member => member!["externalId"]!.GetValue<string>()), Is.EquivalentTo(new[] { "lapsed", "gone" }),
                "at-risk and churned users of this product; not the active one, not another product's");
            Assert.That((risk["category"]!.GetValue<string>(), risk["sourceReference"]!.GetValue<string>(), risk["owner"]!.GetValue<string>()),
                Is.EqualTo(("market", $"product:{product}", "lena@example.com")));
            Assert.That(risk["title"]!.GetValue<string>(), Is.EqualTo("Team Planner is declining"));
        });
    }

    [Test]
    public async Task A_redelivered_decline_changes_nothing_and_a_later_one_rescores_the_same_risk_without_a_second_campaign()
    {
        var product = await LaunchedProductAsync();
        await DeclineAsync(product);
        await Api.DeliverOutboxAsync();
        var risk = (await ProductRisksAsync()).Single()!;

        var redelivered = await Api.RedeliverAsync<ProductDeclineDetected>("lifecycle");
        var afterRedelivery = (await Team.GetJsonAsync($"/api/v1/risk/risks/{risk.Id()}/assessments"))["items"]!.AsArray().Count;
        await DeclineAsync(product, "2026-05");
        await Api.DeliverOutboxAsync();
        var rescored = (await ProductRisksAsync()).Single()!;

        Assert.Multiple(async () =>
        {
            Assert.That(redelivered, Is.GreaterThan(0));
            Assert.That(afterRedelivery, Is.EqualTo(1), "the inbox recognised the redelivered event");
            Assert.That(await WinBackCampaignsAsync(product), Has.Count.EqualTo(1), "a win-back campaign is drafted once while it is open");
            Assert.That(rescored.Id(), Is.EqualTo(risk.Id()));
            Assert.That((await Team.GetJsonAsync($"/api/v1/risk/risks/{risk.Id()}/assessments"))["items"]!.AsArray(), Has.Count.EqualTo(2), "re-scored as the decline goes on");
        });
    }
}
