using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Risk.Contracts.Events;

namespace OpsPlan.IntegrationTests.Integrations;

/// <summary>The event feed integrators pull: every published event once, in order, resumable from a cursor, filtered by type.</summary>
public sealed class EventFeedTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Feed = "/api/v1/events";

    private HttpClient Integrator => Api.ClientFor(Roles.Integrator);

    private static List<string> Types(JsonNode page) => page["items"]!.AsArray().Select(item => item!["type"]!.GetValue<string>()).ToList();

    [Test]
    public async Task Every_published_event_appears_once_in_order_and_a_cursor_resumes_after_it()
    {
        var risks = Api.ClientFor(Roles.Risk);
        var first = await risks.CreateRiskAsync();
        await Api.DeliverOutboxAsync();
        var page = await Integrator.GetJsonAsync(Feed);
        var second = await risks.CreateRiskAsync();
        await Api.DeliverOutboxAsync();
        await Api.RedeliverAsync<RiskRaised>("risk");
        var resumed = await Integrator.GetJsonAsync($"{Feed}?after={page["nextCursor"]!.GetValue<string>()}");
        var all = await Api.ClientFor(Roles.Admin).GetJsonAsync($"{Feed}?limit=1");

        Assert.Multiple(() =>
        {
            Assert.That(Types(page), Is.EqualTo(new[] { "risk.risk-raised" }));
            var item = page["items"]![0]!;
            Assert.That((item["module"]!.GetValue<string>(), item["data"]!["riskId"]!.GetValue<string>()), Is.EqualTo(("risk", first.Id())));
            Assert.That(resumed["items"]!.AsArray().Select(entry => entry!["data"]!["riskId"]!.GetValue<string>()), Is.EqualTo(new[] { second.Id() }),
                "the redelivered events are not in the feed twice");
            Assert.That((all["items"]!.AsArray().Count, all["hasMore"]!.GetValue<bool>()), Is.EqualTo((1, true)));
            Assert.That(int.Parse(resumed["nextCursor"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                Is.GreaterThan(int.Parse(page["nextCursor"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task Types_filter_the_feed_and_an_empty_page_keeps_the_cursor()
    {
        var risk = await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        var current = await Api.ClientFor(Roles.Risk).GetAsync($"{RiskRequests.Risks}/{risk.Id()}");
        await (await Api.ClientFor(Roles.Risk).PostJsonAsync($"{RiskRequests.Risks}/{risk.Id()}/assessments",
            new { likelihood = 5, impact = 5, rationale = "Worse." }, current.Headers.ETag!.Tag)).ShouldHaveStatus(HttpStatusCode.Created);
        await Api.DeliverOutboxAsync();

        var everything = await Integrator.GetJsonAsync(Feed);
        var raised = await Integrator.GetJsonAsync($"{Feed}?types=risk.risk-raised");
        var end = await Integrator.GetJsonAsync($"{Feed}?after={everything["nextCursor"]!.GetValue<string>()}");

        Assert.Multiple(() =>
        {
            Assert.That(Types(everything), Has.Count.GreaterThan(1).And.Contains("risk.risk-raised"));
            Assert.That(Types(raised), Is.EqualTo(new[] { "risk.risk-raised" }));
            Assert.That((end["items"]!.AsArray().Count, end["nextCursor"]!.GetValue<string>(), end["hasMore"]!.GetValue<bool>()),
                Is.EqualTo((0, everything["nextCursor"]!.GetValue<string>(), false)));
        });
    }

    [Test]
    public async Task Only_integrators_and_admins_read_it_and_a_bad_cursor_or_type_is_refused()
    {
        await (await Api.ClientFor(Roles.Viewer).GetAsync(Feed)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.ClientFor(Roles.Risk).GetAsync(Feed)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.AnonymousClient().GetAsync(Feed)).ShouldBeProblem(HttpStatusCode.Unauthorized);
        await (await Integrator.GetAsync($"{Feed}?after=abc&limit=0&types=risk.nothing")).ShouldBeValidationProblem("after", "limit", "types[0]");
    }
}
