using OpsPlan.BuildingBlocks.Application.Security;
using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Risk;

public sealed class IncidentsTests(DatabaseProvider provider) : RiskTest(provider)
{
    private const string Incidents = "/api/v1/risk/incidents";

    private static readonly string[] ResponseSteps = ["confirmed", "responding", "repairing", "recovered"];

    private static Dictionary<string, object?> NewIncident(string severity = "sev2", DateTime? detectedAt = null) => new()
    {
        ["title"] = "Checkout failing",
        ["description"] = "Error rate at 40%.",
        ["type"] = "outage",
        ["severity"] = severity,
        ["commander"] = "oncall@example.com",
        ["detectedAt"] = detectedAt?.ToString("O"),
    };

    private static readonly object PostMortem = new
    {
        rootCause = "Processor capacity exhausted.",
        lessons = "Single point of failure.",
        followUpActions = new[] { "Second processor", "Latency alert" },
    };

    private async Task<(HttpClient Client, JsonNode Incident)> OpenAsync(Dictionary<string, object?>? body = null)
    {
        var client = Api.ClientAs("oncall@example.com", Roles.Risk);
        var incident = await (await client.PostJsonAsync(Incidents, body ?? NewIncident())).ShouldHaveStatus(HttpStatusCode.Created);
        return (client, incident);
    }

    private static async Task<JsonNode> StepAsync(HttpClient client, JsonNode incident, string status) =>
        await (await client.PostJsonAsync($"{Incidents}/{incident.Id()}/status-transitions", new { status, note = "Step." })).ShouldHaveStatus(HttpStatusCode.OK);

    [Test]
    public async Task Opening_an_incident_returns_201_detected_with_location_and_etag()
    {
        var client = Api.ClientFor(Roles.Risk);

        var response = await client.PostJsonAsync(Incidents, NewIncident("sev1"));

        var incident = await response.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(incident["status"]!.GetValue<string>(), Is.EqualTo("detected"));
            Assert.That(incident["severity"]!.GetValue<string>(), Is.EqualTo("sev1"));
            Assert.That(incident["linkedRiskIds"]!.AsArray(), Is.Empty);
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"{Incidents}/{incident.Id()}"));
        });
    }

    [Test]
    public async Task An_incident_with_every_field_wrong_reports_every_field()
    {
        var body = NewIncident(detectedAt: Time.GetUtcNow().UtcDateTime.AddDays(1));
        body["title"] = "";
        body.Remove("type");
        body.Remove("severity");
        body["commander"] = null;

        var response = await Api.ClientFor(Roles.Risk).PostJsonAsync(Incidents, body);

        await response.ShouldBeValidationProblem("title", "type", "severity", "commander", "detectedAt");
    }

    [TestCase("0001-01-01T00:00:00Z")]
    [TestCase("1899-12-31T23:59:59Z")]
    [TestCase("2026-11-20T14:02:00")]
    [TestCase("2026-11-20")]
    public async Task A_detection_time_before_1900_or_without_its_zone_is_a_400(string detectedAt)
    {
        var body = NewIncident();
        body["detectedAt"] = detectedAt;
        var client = Api.ClientFor(Roles.Risk);

        var problem = await (await client.PostJsonAsync(Incidents, body)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "detectedAt" }));
        Assert.That((await client.GetJsonAsync(Incidents))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_detection_time_with_an_offset_is_kept_in_utc()
    {
        var body = NewIncident();
        body["detectedAt"] = "2026-11-20T15:02:00+01:00";

        var created = await (await Api.ClientFor(Roles.Risk).PostJsonAsync(Incidents, body)).ShouldHaveStatus(HttpStatusCode.Created);

        Assert.That(created["detectedAt"]!.GetValue<string>(), Is.EqualTo("2026-11-20T14:02:00Z"));
    }

    [TestCase("type", "earthquake")]
    [TestCase("severity", "sev9")]
    public async Task An_unknown_enum_value_is_a_400_naming_the_field(string field, string value)
    {
        var body = NewIncident();
        body[field] = value;

        var response = await Api.ClientFor(Roles.Risk).PostJsonAsync(Incidents, body);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-body");
        Assert.That(problem["errors"]!.AsObject().Select(pair => pair.Key), Is.EquivalentTo(new[] { field }));
    }

    [Test]
    public async Task A_viewer_may_read_incidents_but_not_open_one_and_anonymous_callers_get_401()
    {
        await OpenAsync();
        var viewer = Api.ClientFor(Roles.Viewer);

        await (await viewer.PostJsonAsync(Incidents, NewIncident())).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.That((await viewer.GetJsonAsync(Incidents))["items"]!.AsArray(), Has.Count.EqualTo(1));
        await (await Api.AnonymousClient().GetAsync(Incidents)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [TestCase("0196a1b2-0000-7000-8000-000000000000")]
    [TestCase("nope")]
    public async Task An_unknown_incident_is_a_404(string id)
    {
        await (await Api.ClientFor(Roles.Viewer).GetAsync($"{Incidents}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_response_runs_step_by_step_to_closed_after_a_post_mortem_with_times_and_a_timeline()
    {
        var (client, incident) = await OpenAsync();
        foreach (var step in ResponseSteps)
        {
            incident = await StepAsync(client, incident, step);
        }

        await (await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{Incidents}/{incident.Id()}/post-mortem") { Content = System.Net.Http.Json.JsonContent.Create(PostMortem) }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var closed = await StepAsync(client, incident, "closed");
        var timeline = await client.GetJsonAsync($"{Incidents}/{incident.Id()}/timeline");

        Assert.Multiple(() =>
        {
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(closed["closedAt"], Is.Not.Null);
            Assert.That(closed["timeToConfirmMinutes"]!.GetValue<double>(), Is.GreaterThanOrEqualTo(0));
            Assert.That(closed["timeToRecoverMinutes"]!.GetValue<double>(), Is.GreaterThanOrEqualTo(closed["timeToConfirmMinutes"]!.GetValue<double>()));
            Assert.That(closed["postMortem"]!["followUpActions"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(timeline["items"]!.AsArray(), Has.Count.EqualTo(6), "detected, four steps, closed");
            Assert.That(timeline["items"]![0]!["kind"]!.GetValue<string>(), Is.EqualTo("status-change"));
            Assert.That(timeline["items"]![0]!["author"]!.GetValue<string>(), Is.EqualTo("oncall@example.com"));
        });
    }

    [Test]
    public async Task Closing_without_a_post_mortem_is_a_409_and_leaves_the_incident_recovered()
    {
        var (client, incident) = await OpenAsync();
        foreach (var step in ResponseSteps)
        {
            incident = await StepAsync(client, incident, step);
        }

        var response = await client.PostJsonAsync($"{Incidents}/{incident.Id()}/status-transitions", new { status = "closed" });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "incident.post-mortem-required");
        Assert.That((await client.GetJsonAsync($"{Incidents}/{incident.Id()}"))["status"]!.GetValue<string>(), Is.EqualTo("recovered"));
    }

    [TestCase("responding")]
    [TestCase("closed")]
    [TestCase("detected")]
    public async Task Skipping_or_repeating_a_step_is_a_409_naming_the_next_step(string status)
    {
        var (client, incident) = await OpenAsync();

        var response = await client.PostJsonAsync($"{Incidents}/{incident.Id()}/status-transitions", new { status });

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict, "incident.invalid-transition");
        Assert.That(problem["reasons"]![0]!.GetValue<string>(), Does.Contain("confirmed"));
    }

    [Test]
    public async Task A_closed_incident_no_longer_changes()
    {
        var (client, incident) = await OpenAsync();
        foreach (var step in ResponseSteps)
        {
            incident = await StepAsync(client, incident, step);
        }

        await (await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{Incidents}/{incident.Id()}/post-mortem") { Content = System.Net.Http.Json.JsonContent.Create(PostMortem) }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await StepAsync(client, incident, "closed");

        await (await client.PutJsonAsync($"{Incidents}/{incident.Id()}", new { title = "x", type = "outage", severity = "sev1", commander = "c" })).ShouldBeProblem(HttpStatusCode.Conflict, "incident.closed");
        await (await client.PostJsonAsync($"{Incidents}/{incident.Id()}/timeline", new { entry = "late note" })).ShouldBeProblem(HttpStatusCode.Conflict, "incident.closed");
    }

    [Test]
    public async Task Put_and_patch_update_the_details_and_a_stale_etag_is_a_412()
    {
        var (client, incident) = await OpenAsync();
        var url = $"{Incidents}/{incident.Id()}";

        var replaced = await (await client.PutJsonAsync(url, new { title = "Renamed", type = "partner-failure", severity = "sev1", commander = "lead@example.com" }, ifMatch: "\"1\""))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var patched = await (await client.MergePatchAsync(url, "{\"severity\":\"sev3\"}", ifMatch: "\"2\"")).ShouldHaveStatus(HttpStatusCode.OK);
        var stale = await client.MergePatchAsync(url, "{\"severity\":\"sev4\"}", ifMatch: "\"1\"");

        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.Multiple(() =>
        {
            Assert.That(replaced["type"]!.GetValue<string>(), Is.EqualTo("partner-failure"));
            Assert.That(patched["severity"]!.GetValue<string>(), Is.EqualTo("sev3"));
            Assert.That(patched["title"]!.GetValue<string>(), Is.EqualTo("Renamed"));
        });
        Assert.That((await client.GetJsonAsync(url))["severity"]!.GetValue<string>(), Is.EqualTo("sev3"));
    }

    [Test]
    public async Task A_post_mortem_without_root_cause_or_lessons_is_a_400()
    {
        var (client, incident) = await OpenAsync();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{Incidents}/{incident.Id()}/post-mortem")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { rootCause = "", followUpActions = new[] { "" } }),
        });

        await response.ShouldBeValidationProblem("rootCause", "lessons", "followUpActions[0]");
    }

    [Test]
    public async Task A_post_mortem_without_follow_up_actions_is_a_400_naming_them()
    {
        var (client, incident) = await OpenAsync();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{Incidents}/{incident.Id()}/post-mortem")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { rootCause = "Capacity.", lessons = "Alert earlier." }),
        });

        await response.ShouldBeValidationProblem("followUpActions");
        Assert.That((await client.GetJsonAsync($"{Incidents}/{incident.Id()}"))["postMortem"], Is.Null);
    }

    [Test]
    public async Task Notes_join_the_timeline_most_recent_first()
    {
        var (client, incident) = await OpenAsync();
        var url = $"{Incidents}/{incident.Id()}/timeline";

        var note = await (await client.PostJsonAsync(url, new { entry = "Paged the processor." }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var timeline = await client.GetJsonAsync(url);

        Assert.Multiple(() =>
        {
            Assert.That(note["kind"]!.GetValue<string>(), Is.EqualTo("note"));
            Assert.That(timeline["items"]!.AsArray().Select(item => item!["entry"]!.GetValue<string>()), Is.EqualTo(new[] { "Paged the processor.", "Incident detected." }));
        });
        await (await client.PostJsonAsync(url, new { entry = "" })).ShouldBeValidationProblem("entry");
        await (await client.GetAsync($"{Incidents}/{Guid.CreateVersion7()}/timeline")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Risks_are_linked_once_and_unlinked_and_an_unknown_risk_is_a_404()
    {
        var (client, incident) = await OpenAsync();
        var risk = await client.CreateRiskAsync();
        var links = $"{Incidents}/{incident.Id()}/linked-risks";

        await (await client.PostJsonAsync(links, new { riskId = risk.Id() })).ShouldHaveStatus(HttpStatusCode.OK);
        var twice = await (await client.PostJsonAsync(links, new { riskId = risk.Id() })).ShouldHaveStatus(HttpStatusCode.OK);
        var listed = await client.GetJsonAsync(Incidents);
        await (await client.PostJsonAsync(links, new { riskId = Guid.CreateVersion7() })).ShouldBeProblem(HttpStatusCode.NotFound);
        var unlinked = await client.DeleteAsync($"{links}/{risk.Id()}");
        var again = await client.DeleteAsync($"{links}/{risk.Id()}");

        Assert.Multiple(() =>
        {
            Assert.That(twice["linkedRiskIds"]!.AsArray().Select(id => id!.GetValue<string>()), Is.EqualTo(new[] { risk.Id() }));
            Assert.That(twice["version"]!.GetValue<long>(), Is.EqualTo(2), "linking again changes nothing");
            Assert.That(listed["items"]![0]!["linkedRiskIds"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(unlinked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        });
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "incident.risk-not-linked");
        Assert.That((await client.GetJsonAsync($"{Incidents}/{incident.Id()}"))["linkedRiskIds"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Lists_filter_by_type_severity_and_status_and_reject_unknown_values()
    {
        var (client, incident) = await OpenAsync(NewIncident("sev1"));
        await OpenAsync(NewIncident("sev3"));
        await StepAsync(client, incident, "confirmed");

        var sev1 = await client.GetJsonAsync($"{Incidents}?severity=sev1&type=outage&status=confirmed");

        Assert.That(sev1["items"]!.AsArray().Select(item => item!.Id()), Is.EqualTo(new[] { incident.Id() }));
        await (await client.GetAsync($"{Incidents}?severity=sev0&status=panic")).ShouldBeValidationProblem("severity", "status");
    }

    [Test]
    public async Task Metrics_average_the_times_to_confirm_and_recover_by_severity_over_the_period()
    {
        var client = Api.ClientFor(Roles.Risk);
        var detected = Time.GetUtcNow().UtcDateTime.AddHours(-2);
        var (_, first) = await OpenAsync(NewIncident("sev1", detected));
        var (_, second) = await OpenAsync(NewIncident("sev1", detected.AddMinutes(30)));
        await OpenAsync(NewIncident("sev2", detected));
        await StepAsync(client, first, "confirmed");
        await StepAsync(client, second, "confirmed");
        var from = Uri.EscapeDataString(detected.AddDays(-1).ToString("O"));
        var to = Uri.EscapeDataString(Time.GetUtcNow().UtcDateTime.AddDays(1).ToString("O"));

        var metrics = await client.GetJsonAsync($"{Incidents}/metrics?from={from}&to={to}");

        var sev1 = metrics["bySeverity"]!.AsArray().Single(line => line!["severity"]!.GetValue<string>() == "sev1")!["timings"]!;
        Assert.Multiple(() =>
        {
            Assert.That(metrics["overall"]!["incidents"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(metrics["overall"]!["severity"], Is.Null, "the overall line is not a severity");
            Assert.That(sev1["incidents"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(sev1["confirmed"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(sev1["meanTimeToConfirmMinutes"]!.GetValue<double>(), Is.EqualTo(105).Within(1), "120 and 90 minutes");
            Assert.That(sev1["meanTimeToRecoverMinutes"], Is.Null);
        });
    }

    [TestCase("", "from")]
    [TestCase("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [TestCase("from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    public async Task Metrics_need_a_period_of_at_most_a_year(string query, string field)
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync($"{Incidents}/metrics?{query}");

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        Assert.That(problem["errors"]!.AsObject().Select(pair => pair.Key), Does.Contain(field));
    }

    [Test]
    public async Task Opening_and_stepping_an_incident_publishes_events()
    {
        var (client, incident) = await OpenAsync();
        await StepAsync(client, incident, "confirmed");

        Assert.That(await Api.DeliverOutboxAsync(), Is.EqualTo(2));
        Assert.That(await Api.DeliverOutboxAsync(), Is.EqualTo(0), "each event is delivered once");
    }
}
