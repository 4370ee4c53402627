using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Lifecycle;

/// <summary>Requirements from feedback, prioritised and moved along; releases that deliver them and fix feedback.</summary>
public sealed class RequirementsAndReleasesTests(DatabaseProvider provider) : LifecycleTest(provider)
{
    private async Task<JsonNode> FeedbackAsync(string productId, string text = "Please add recurring tasks.") =>
        await (await Team.PostJsonAsync($"{Products}/{productId}/feedback", new { source = "support", category = "feature", text })).ShouldHaveStatus(HttpStatusCode.Created);

    private async Task<JsonNode> RequirementAsync(string productId, params string[] feedbackIds) =>
        await (await Team.PostJsonAsync($"{Products}/{productId}/requirements",
            new { title = "Recurring tasks", source = "feedback", priority = "must", feedbackIds, targetVersion = "1.1.0" })).ShouldHaveStatus(HttpStatusCode.Created);

    private async Task<HttpResponseMessage> MoveRequirementAsync(string productId, JsonNode requirement, string status) =>
        await Team.PostJsonAsync($"{Products}/{productId}/requirements/{requirement.Id()}/status-transitions", new { status }, requirement.ETag());

    [Test]
    public async Task A_release_delivers_accepted_requirements_and_fixes_feedback_moving_both_to_done()
    {
        var product = (await CreateProductAsync()).Id();
        var feedback = await FeedbackAsync(product);
        var requirement = await RequirementAsync(product, feedback.Id());
        var accepted = await (await MoveRequirementAsync(product, requirement, "accepted")).ShouldHaveStatus(HttpStatusCode.OK);
        var started = await (await MoveRequirementAsync(product, accepted, "in-progress")).ShouldHaveStatus(HttpStatusCode.OK);

        var release = await ReleaseAsync(product, "1.1.0", [requirement.Id()], [feedback.Id()]);
        var delivered = await Team.GetJsonAsync($"{Products}/{product}/requirements/{requirement.Id()}");
        var fixedItem = await Team.GetJsonAsync($"{Products}/{product}/feedback/{feedback.Id()}");

        Assert.Multiple(async () =>
        {
            Assert.That(requirement["status"]!.GetValue<string>(), Is.EqualTo("proposed"));
            Assert.That(requirement["feedbackIds"]!.AsArray().Select(id => id!.GetValue<string>()), Is.EqualTo(new[] { feedback.Id() }));
            Assert.That(started["status"]!.GetValue<string>(), Is.EqualTo("in-progress"));
            Assert.That((delivered["status"]!.GetValue<string>(), delivered["deliveredInReleaseId"]!.GetValue<string>()), Is.EqualTo(("done", release.Id())));
            Assert.That((fixedItem["status"]!.GetValue<string>(), fixedItem["fixedInReleaseId"]!.GetValue<string>()), Is.EqualTo(("done", release.Id())));
            Assert.That(release["releasedOn"]!.GetValue<string>(), Is.EqualTo("2026-06-01"), "today, by default");
            Assert.That((await Team.GetJsonAsync($"{Products}/{product}/releases?sort=-releasedOn"))["items"]!.AsArray().Select(item => item!.Id()),
                Is.EqualTo(new[] { release.Id() }));
            Assert.That((await Team.GetJsonAsync($"{Products}/{product}/requirements?status=done&priority=must"))["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_release_that_repeats_a_version_or_names_records_it_cannot_deliver_is_400_and_moves_nothing()
    {
        var product = (await CreateProductAsync()).Id();
        var other = (await CreateProductAsync("Other")).Id();
        var proposed = await RequirementAsync(product);
        var foreign = await FeedbackAsync(other);
        await ReleaseAsync(product, "1.0.0");
        var releases = $"{Products}/{product}/releases";

        var problem = await (await Team.PostJsonAsync(releases, new { version = "1.0.0", type = "minor", requirementIds = new[] { proposed.Id() }, feedbackIds = new[] { foreign.Id() } }))
            .ShouldBeValidationProblem("version", "requirementIds", "feedbackIds");
        await (await Team.PostJsonAsync(releases, new { version = "1.1", type = "minor" })).ShouldBeValidationProblem("version");
        await (await Team.PostJsonAsync(releases, new { version = "1.1.0" })).ShouldBeValidationProblem("type");
        await (await Team.PostJsonAsync($"{Products}/{product}/requirements", new { title = "x", priority = "must", feedbackIds = new[] { foreign.Id() } }))
            .ShouldBeValidationProblem("feedbackIds");
        await (await Team.PostJsonAsync($"{Products}/{product}/requirements", new { title = "x", priority = "urgent" })).ShouldBeValidationProblem("priority");
        await (await Team.PostJsonAsync($"{Products}/{product}/requirements", new { title = "x\ty", targetVersion = "next" }))
            .ShouldBeValidationProblem("title", "priority", "targetVersion");
        await (await MoveRequirementAsync(product, proposed, "done")).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.invalid-transition");
        await (await Team.PostJsonAsync($"{Products}/{Guid.CreateVersion7()}/releases", new { version = "1.0.0", type = "major" })).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.Multiple(async () =>
        {
            Assert.That(problem["errors"]!["version"]![0]!.GetValue<string>(), Does.Contain("already"));
            Assert.That((await Team.GetJsonAsync($"{Products}/{product}/requirements/{proposed.Id()}"))["status"]!.GetValue<string>(), Is.EqualTo("proposed"));
            Assert.That((await Team.GetJsonAsync($"{Products}/{other}/feedback/{foreign.Id()}"))["status"]!.GetValue<string>(), Is.EqualTo("new"));
            Assert.That((await Team.GetJsonAsync(releases))["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_requirement_is_addressed_only_under_its_own_product_and_a_closed_one_no_longer_changes()
    {
        var product = (await CreateProductAsync()).Id();
        var other = (await CreateProductAsync("Other")).Id();
        var requirement = await RequirementAsync(product);
        var rejected = await (await MoveRequirementAsync(product, requirement, "rejected")).ShouldHaveStatus(HttpStatusCode.OK);

        await (await Team.GetAsync($"{Products}/{other}/requirements/{requirement.Id()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Team.PutJsonAsync($"{Products}/{product}/requirements/{requirement.Id()}", new { title = "Again", priority = "should" }, rejected.ETag()))
            .ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.requirement-closed");
    }
}
