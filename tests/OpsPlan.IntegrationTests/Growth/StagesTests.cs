using System.Net;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>Lifecycle stages across the windows (new 30 days, at-risk after 30 idle, churned after 90), with a moved clock.</summary>
public sealed class StagesTests(DatabaseProvider provider) : GrowthTest(provider)
{
    private async Task<string> StageAsync() => (await CustomerAsync("crm-1"))["stage"]!.GetValue<string>();

    [Test]
    public async Task A_customer_moves_through_every_stage_as_time_passes_and_events_arrive()
    {
        await SyncAsync(Customer("crm-1"));
        Assert.That(await StageAsync(), Is.EqualTo("new"));

        Time.Advance(TimeSpan.FromDays(20));
        await SendEventsAsync(Event("e1", "crm-1", Start.AddDays(20)));
        Assert.That(await StageAsync(), Is.EqualTo("new"), "still within the new-customer window");

        Time.Advance(TimeSpan.FromDays(11));
        Assert.That((await ReevaluateAsync())["changed"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(await StageAsync(), Is.EqualTo("active"));

        Time.Advance(TimeSpan.FromDays(19));
        await ReevaluateAsync();
        Assert.That(await StageAsync(), Is.EqualTo("at-risk"), "30 days without activity");

        Time.Advance(TimeSpan.FromDays(60));
        await ReevaluateAsync();
        Assert.That(await StageAsync(), Is.EqualTo("churned"), "90 days without activity");

        Time.Advance(TimeSpan.FromDays(1));
        await SendEventsAsync(Event("e2", "crm-1", Start.AddDays(111)));
        Assert.That(await StageAsync(), Is.EqualTo("reactivated"));

        Time.Advance(TimeSpan.FromDays(20));
        await SendEventsAsync(Event("e3", "crm-1", Start.AddDays(131)));
        await ReevaluateAsync();
        Assert.That(await StageAsync(), Is.EqualTo("reactivated"), "reactivated stays for the new-customer window");

        Time.Advance(TimeSpan.FromDays(11));
        await ReevaluateAsync();
        Assert.That(await StageAsync(), Is.EqualTo("active"));

        var customer = await CustomerAsync("crm-1");
        var history = (await Growth.GetJsonAsync($"{Customers}/{customer.Id()}/stage-history"))["items"]!.AsArray();
        Assert.That(history.Select(change => change!["from"]?.GetValue<string>() + ">" + change!["to"]!.GetValue<string>()),
            Is.EqualTo(new[] { "reactivated>active", "churned>reactivated", "at-risk>churned", "active>at-risk", "new>active", ">new" }));
        Assert.That(history[0]!["reason"]!.GetValue<string>(), Is.EqualTo("time"));
        Assert.That(history[1]!["reason"]!.GetValue<string>(), Is.EqualTo("activity"));
        Assert.That(await Api.DeliverOutboxAsync(), Is.EqualTo(5), "every move from one stage to another is published; the first stage is not");
    }

    [Test]
    public async Task A_customer_who_never_comes_back_is_at_risk_then_churned_and_reevaluation_touches_no_one_else()
    {
        await SyncAsync(Customer("crm-1"));
        Time.Advance(TimeSpan.FromDays(25));
        await SyncAsync(Customer("crm-2", Start.AddDays(25)));

        Time.Advance(TimeSpan.FromDays(4));
        Assert.That((await ReevaluateAsync())["changed"]!.GetValue<int>(), Is.Zero);

        Time.Advance(TimeSpan.FromDays(1));
        Assert.That((await ReevaluateAsync())["changed"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(await StageAsync(), Is.EqualTo("at-risk"));
        Assert.That((await CustomerAsync("crm-2"))["stage"]!.GetValue<string>(), Is.EqualTo("new"));

        Time.Advance(TimeSpan.FromDays(60));
        await ReevaluateAsync();
        Assert.That(await StageAsync(), Is.EqualTo("churned"));
        Assert.That((await ReevaluateAsync())["changed"]!.GetValue<int>(), Is.Zero, "nothing is due twice");
    }

    [Test]
    public async Task Stage_history_of_an_unknown_customer_is_404_and_reevaluating_is_for_writers()
    {
        await (await Growth.GetAsync($"{Customers}/{Guid.CreateVersion7()}/stage-history")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Api.ClientFor(OpsPlan.BuildingBlocks.Application.Security.Roles.Viewer).PostJsonAsync("/api/v1/growth/stages/reevaluate", new { }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
