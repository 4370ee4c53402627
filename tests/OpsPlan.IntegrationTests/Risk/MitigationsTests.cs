using OpsPlan.BuildingBlocks.Application.Security;
using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Risk;

public sealed class MitigationsTests(DatabaseProvider provider) : RiskTest(provider)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start);

    private static object NewMitigation(string action = "Add a second processor", DateOnly? due = null, string owner = "cto@example.com") =>
        new { action, owner, dueDate = (due ?? Today.AddDays(30)).ToString("yyyy-MM-dd") };

    private static string MitigationsOf(JsonNode risk) => $"{Risks}/{risk.Id()}/mitigations";

    private async Task<(HttpClient Client, JsonNode Risk, JsonNode Mitigation)> ArrangeMitigationAsync(DateOnly? due = null)
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();
        var mitigation = await (await client.PostJsonAsync(MitigationsOf(risk), NewMitigation(due: due))).ShouldHaveStatus(HttpStatusCode.Created);
        return (client, risk, mitigation);
    }

    private static async Task<JsonNode> TransitionAsync(HttpClient client, JsonNode risk, JsonNode mitigation, string status) =>
        await (await client.PostJsonAsync($"{MitigationsOf(risk)}/{mitigation.Id()}/status-transitions", new { status })).ShouldHaveStatus(HttpStatusCode.OK);

    [Test]
    public async Task Adding_a_mitigation_returns_201_planned_with_location_and_etag()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.PostJsonAsync(MitigationsOf(risk), NewMitigation());

        var mitigation = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var read = await client.GetJsonAsync(response.Headers.Location!.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(mitigation["status"]!.GetValue<string>(), Is.EqualTo("planned"));
            Assert.That(mitigation["overdue"]!.GetValue<bool>(), Is.False);
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(read.ToJsonString(), Is.EqualTo(mitigation.ToJsonString()));
        });
    }

    [Test]
    public async Task A_mitigation_without_action_or_owner_is_a_400_naming_both()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.PostJsonAsync(MitigationsOf(risk), new { action = "", dueDate = "2026-12-01" });

        await response.ShouldBeValidationProblem("action", "owner");
    }

    [Test]
    public async Task A_mitigation_for_an_unknown_risk_is_a_404()
    {
        var response = await Api.ClientFor(Roles.Risk).PostJsonAsync($"{Risks}/{Guid.CreateVersion7()}/mitigations", NewMitigation());

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_closed_risk_takes_no_new_mitigation()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();
        foreach (var status in new[] { "assessed", "accepted", "closed" })
        {
            await (await client.PostJsonAsync($"{Risks}/{risk.Id()}/status-transitions", new { status })).ShouldHaveStatus(HttpStatusCode.OK);
        }

        var response = await client.PostJsonAsync(MitigationsOf(risk), NewMitigation());

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "risk.closed");
        Assert.That((await client.GetJsonAsync(MitigationsOf(risk)))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_viewer_may_read_mitigations_but_not_add_one()
    {
        var (_, risk, _) = await ArrangeMitigationAsync();
        var viewer = Api.ClientFor(Roles.Viewer);

        await (await viewer.PostJsonAsync(MitigationsOf(risk), NewMitigation())).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.That((await viewer.GetJsonAsync(MitigationsOf(risk)))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_mitigation_read_through_another_risk_is_a_404()
    {
        var (client, _, mitigation) = await ArrangeMitigationAsync();
        var otherRisk = await client.CreateRiskAsync();

        var response = await client.GetAsync($"{MitigationsOf(otherRisk)}/{mitigation.Id()}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_mitigation_goes_planned_in_progress_done_and_records_when_it_was_completed()
    {
        var (client, risk, mitigation) = await ArrangeMitigationAsync();

        await TransitionAsync(client, risk, mitigation, "in-progress");
        var done = await TransitionAsync(client, risk, mitigation, "done");

        Assert.Multiple(() =>
        {
            Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("done"));
            Assert.That(done["completedAt"], Is.Not.Null);
            Assert.That(done["version"]!.GetValue<long>(), Is.EqualTo(3));
        });
        Assert.That(await Api.DeliverOutboxAsync(), Is.EqualTo(3), "risk raised and two status changes");
    }

    [TestCase("done")]
    [TestCase("planned")]
    public async Task An_illegal_mitigation_transition_is_a_409_and_changes_nothing(string status)
    {
        var (client, risk, mitigation) = await ArrangeMitigationAsync();

        var response = await client.PostJsonAsync($"{MitigationsOf(risk)}/{mitigation.Id()}/status-transitions", new { status });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "mitigation.invalid-transition");
        Assert.That((await client.GetJsonAsync($"{MitigationsOf(risk)}/{mitigation.Id()}"))["status"]!.GetValue<string>(), Is.EqualTo("planned"));
    }

    [Test]
    public async Task A_finished_mitigation_no_longer_changes()
    {
        var (client, risk, mitigation) = await ArrangeMitigationAsync();
        await TransitionAsync(client, risk, mitigation, "cancelled");

        var response = await client.PutJsonAsync($"{MitigationsOf(risk)}/{mitigation.Id()}", NewMitigation("Changed"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "mitigation.final");
    }

    [Test]
    public async Task Put_and_patch_change_the_details_and_a_stale_etag_is_a_412()
    {
        var (client, risk, mitigation) = await ArrangeMitigationAsync();
        var url = $"{MitigationsOf(risk)}/{mitigation.Id()}";

        var replaced = await (await client.PutJsonAsync(url, NewMitigation("Replaced action"), ifMatch: "\"1\"")).ShouldHaveStatus(HttpStatusCode.OK);
        var patched = await (await client.MergePatchAsync(url, "{\"owner\":\"coo@example.com\"}", ifMatch: "\"2\"")).ShouldHaveStatus(HttpStatusCode.OK);
        var stale = await client.MergePatchAsync(url, "{\"owner\":\"ceo@example.com\"}", ifMatch: "\"1\"");

        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.Multiple(() =>
        {
            Assert.That(replaced["action"]!.GetValue<string>(), Is.EqualTo("Replaced action"));
            Assert.That(patched["action"]!.GetValue<string>(), Is.EqualTo("Replaced action"));
            Assert.That(patched["owner"]!.GetValue<string>(), Is.EqualTo("coo@example.com"));
        });
        Assert.That((await client.GetJsonAsync(url))["owner"]!.GetValue<string>(), Is.EqualTo("coo@example.com"));
    }

    [Test]
    public async Task The_overdue_list_holds_open_mitigations_due_before_today_only()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();
        async Task<JsonNode> Add(string action, int dueInDays) =>
            await (await client.PostJsonAsync(MitigationsOf(risk), NewMitigation(action, Today.AddDays(dueInDays)))).ShouldHaveStatus(HttpStatusCode.Created);
        await Add("late and planned", -1);
        var lateInProgress = await Add("late and in progress", -10);
        var lateDone = await Add("late but done", -5);
        await Add("due today", 0);
        await Add("due tomorrow", 1);
        await TransitionAsync(client, risk, lateInProgress, "in-progress");
        await TransitionAsync(client, risk, lateDone, "cancelled");

        var overdue = await client.GetJsonAsync("/api/v1/risk/mitigations?overdue=true");

        Assert.That(overdue["items"]!.AsArray().Select(item => item!["action"]!.GetValue<string>()),
            Is.EquivalentTo(new[] { "late and planned", "late and in progress" }));
        Assert.That(overdue["items"]!.AsArray().All(item => item!["overdue"]!.GetValue<bool>()), Is.True);
    }

    [Test]
    public async Task Mitigations_across_risks_filter_by_status_and_owner_and_reject_unknown_values()
    {
        var (client, _, _) = await ArrangeMitigationAsync();

        var byOwner = await client.GetJsonAsync("/api/v1/risk/mitigations?owner=cto@example.com&status=planned");
        var invalid = await client.GetAsync("/api/v1/risk/mitigations?status=finished&limit=0");

        Assert.That(byOwner["items"]!.AsArray(), Has.Count.EqualTo(1));
        await invalid.ShouldBeValidationProblem("status", "limit");
    }
}
