using OpsPlan.BuildingBlocks.Application.Security;
using System.Net;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Risk;

public sealed class RiskChangesTests(DatabaseProvider provider) : RiskTest(provider)
{
    private static object Replacement(string title = "Renamed") => new { title, category = "security", owner = "ciso@example.com", nextReviewDate = "2027-01-31" };

    [Test]
    public async Task Put_with_the_current_etag_replaces_the_editable_fields_and_bumps_the_version()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.PutJsonAsync($"{Risks}/{risk.Id()}", Replacement(), ifMatch: risk.ETag());

        var updated = await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(updated["title"]!.GetValue<string>(), Is.EqualTo("Renamed"));
            Assert.That(updated["category"]!.GetValue<string>(), Is.EqualTo("security"));
            Assert.That(updated["description"], Is.Null, "PUT replaces: an omitted optional field is cleared");
            Assert.That(updated["version"]!.GetValue<long>(), Is.EqualTo(2));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
        });
    }

    [TestCase("\"7\"")]
    [TestCase("garbage")]
    [TestCase("\"7\", \"8\"")]
    [TestCase("W/\"1\"")]
    [TestCase("\"1")]
    public async Task A_stale_or_unmatchable_if_match_is_a_412_and_changes_nothing(string ifMatch)
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.PutJsonAsync($"{Risks}/{risk.Id()}", Replacement(), ifMatch: ifMatch);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "stale-version");
        var current = await client.GetJsonAsync($"{Risks}/{risk.Id()}");
        Assert.That(current.ToJsonString(), Is.EqualTo(risk.ToJsonString()));
    }

    [TestCase("\"999\", \"1\"")]
    [TestCase("\"1\",\"2\"")]
    [TestCase("W/\"1\", \"1\"")]
    [TestCase("*")]
    public async Task An_if_match_list_matches_when_any_of_its_strong_tags_is_the_current_version(string ifMatch)
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.PutJsonAsync($"{Risks}/{risk.Id()}", Replacement(), ifMatch: ifMatch);

        var updated = await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(updated["version"]!.GetValue<long>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Put_on_an_unknown_risk_is_a_404()
    {
        var response = await Api.ClientFor(Roles.Risk).PutJsonAsync($"{Risks}/{Guid.CreateVersion7()}", Replacement());

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Merge_patch_changes_only_the_fields_it_names_and_null_clears_one()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.MergePatchAsync($"{Risks}/{risk.Id()}", "{\"owner\":\"coo@example.com\",\"description\":null}", ifMatch: risk.ETag());

        var patched = await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(patched["owner"]!.GetValue<string>(), Is.EqualTo("coo@example.com"));
            Assert.That(patched["description"], Is.Null);
            Assert.That(patched["title"]!.GetValue<string>(), Is.EqualTo(risk["title"]!.GetValue<string>()));
            Assert.That(patched["nextReviewDate"]!.GetValue<string>(), Is.EqualTo("2026-12-15"));
        });
    }

    [TestCase("{\"ownr\":\"typo\"}", "ownr")]
    [TestCase("{\"title\":\"\"}", "title")]
    [TestCase("{\"likelihood\":5}", "likelihood")]
    public async Task A_merge_patch_with_an_unknown_or_invalid_field_is_a_400_and_changes_nothing(string patch, string field)
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.MergePatchAsync($"{Risks}/{risk.Id()}", patch);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(pair => pair.Key), Does.Contain(field));
        Assert.That((await client.GetJsonAsync($"{Risks}/{risk.Id()}"))["version"]!.GetValue<long>(), Is.EqualTo(1));
    }

    [TestCase("{\"title\":\"a\",\"title\":\"b\"}")]
    [TestCase("{\"title\":\"\\ud800\"}")]
    [TestCase("{\"description\":\"\\udc00 trailing\"}")]
    public async Task A_merge_patch_with_a_repeated_property_or_a_lone_surrogate_is_a_400_and_changes_nothing(string patch)
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.MergePatchAsync($"{Risks}/{risk.Id()}", patch);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "body" }));
        Assert.That((await client.GetJsonAsync($"{Risks}/{risk.Id()}")).ToJsonString(), Is.EqualTo(risk.ToJsonString()));
    }

    [TestCase("{}")]
    [TestCase("{\"owner\":\"cro@example.com\"}")]
    public async Task A_merge_patch_that_changes_nothing_keeps_the_version_and_the_time(string patch)
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync(RiskRequests.NewRisk(owner: "cro@example.com"));

        var response = await client.MergePatchAsync($"{Risks}/{risk.Id()}", patch, ifMatch: risk.ETag());

        var patched = await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(patched.ToJsonString(), Is.EqualTo(risk.ToJsonString()));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        });
        await (await client.MergePatchAsync($"{Risks}/{risk.Id()}", patch, ifMatch: "\"7\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task A_risk_follows_its_workflow_to_closed_and_can_be_reopened()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        foreach (var status in new[] { "assessed", "mitigating", "monitoring", "closed", "identified" })
        {
            var response = await client.PostJsonAsync($"{Risks}/{risk.Id()}/status-transitions", new { status, reason = "Review" });
            risk = await response.ShouldHaveStatus(HttpStatusCode.OK);
            Assert.That(risk["status"]!.GetValue<string>(), Is.EqualTo(status));
        }
    }

    [TestCase("monitoring")]
    [TestCase("closed")]
    [TestCase("accepted")]
    public async Task An_illegal_transition_is_a_409_with_a_stable_code_and_changes_nothing(string status)
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.PostJsonAsync($"{Risks}/{risk.Id()}/status-transitions", new { status });

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict, "risk.invalid-transition");
        Assert.That(problem["reasons"]![0]!.GetValue<string>(), Does.Contain("assessed"));
        Assert.That((await client.GetJsonAsync($"{Risks}/{risk.Id()}"))["status"]!.GetValue<string>(), Is.EqualTo("identified"));
    }

    [Test]
    public async Task A_transition_with_a_stale_etag_is_a_412()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.PostJsonAsync($"{Risks}/{risk.Id()}/status-transitions", new { status = "assessed" }, ifMatch: "\"9\"");

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task An_assessment_rescored_the_risk_and_is_kept_in_its_history()
    {
        var client = Api.ClientAs("risk.manager@example.com", Roles.Risk);
        var risk = await client.CreateRiskAsync(NewRisk(likelihood: 2, impact: 2));

        var response = await client.PostJsonAsync($"{Risks}/{risk.Id()}/assessments",
            new { likelihood = 4, impact = 5, residualLikelihood = 2, residualImpact = 3, rationale = "Supplier lost its certification." }, ifMatch: risk.ETag());

        var assessment = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var rescored = await client.GetJsonAsync($"{Risks}/{risk.Id()}");
        var history = await client.GetJsonAsync($"{Risks}/{risk.Id()}/assessments");
        var location = await client.GetJsonAsync(response.Headers.Location!.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(assessment["previousLikelihood"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(assessment["assessedBy"]!.GetValue<string>(), Is.EqualTo("risk.manager@example.com"));
            Assert.That(rescored["score"]!.GetValue<int>(), Is.EqualTo(20));
            Assert.That(rescored["level"]!.GetValue<string>(), Is.EqualTo("critical"));
            Assert.That(rescored["residualScore"]!.GetValue<int>(), Is.EqualTo(6));
            Assert.That(rescored["status"]!.GetValue<string>(), Is.EqualTo("assessed"));
            Assert.That(history["items"]!.AsArray().Select(item => item!["score"]!.GetValue<int>()), Is.EqualTo(new[] { 20, 4 }));
            Assert.That(location["id"]!.GetValue<string>(), Is.EqualTo(assessment.Id()));
        });
    }

    [Test]
    public async Task An_assessment_without_rationale_or_out_of_range_is_a_400()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.PostJsonAsync($"{Risks}/{risk.Id()}/assessments", new { likelihood = 9, impact = 1, residualImpact = 2 });

        await response.ShouldBeValidationProblem("likelihood", "rationale", "residualLikelihood");
    }

    [Test]
    public async Task The_history_of_an_unknown_risk_is_a_404()
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync($"{Risks}/{Guid.CreateVersion7()}/assessments");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
