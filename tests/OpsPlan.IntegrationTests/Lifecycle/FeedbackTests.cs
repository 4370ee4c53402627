using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Lifecycle;

/// <summary>Feedback typed in or imported by external id, triaged by the team, and summarised per month.</summary>
public sealed class FeedbackTests(DatabaseProvider provider) : LifecycleTest(provider)
{
    private const string Batch = "/api/v1/lifecycle/feedback/batch";

    private static object Item(string externalId, string productId, int? rating = 4, string text = "Nice.", string category = "ux", DateTime? receivedAt = null) =>
        new { externalId, productId, source = "survey", rating, category, text, receivedAt = receivedAt ?? Start.AddDays(-3) };

    [Test]
    public async Task An_import_creates_updates_leaves_unchanged_and_fails_items_alone_and_keeps_the_teams_status()
    {
        var product = (await CreateProductAsync()).Id();
        var integrator = Api.ClientFor(Roles.Integrator);
        var first = await (await integrator.PostJsonAsync(Batch, new { items = new[] { Item("s-1", product), Item("s-2", product) } })).ShouldHaveStatus(HttpStatusCode.OK);
        var triaged = first["items"]![0]!["id"]!.GetValue<string>();
        var current = await Team.GetAsync($"{Products}/{product}/feedback/{triaged}");
        await (await Team.PostJsonAsync($"{Products}/{product}/feedback/{triaged}/status-transitions", new { status = "triaged" }, current.Headers.ETag!.Tag))
            .ShouldHaveStatus(HttpStatusCode.OK);

        var second = await (await integrator.PostJsonAsync(Batch, new
        {
            items = new[] { Item("s-1", product, rating: 2), Item("s-2", product), Item("s-3", Guid.CreateVersion7().ToString()), Item("s-4", product, rating: 6) },
        })).ShouldHaveStatus(HttpStatusCode.OK);
        var updated = await Team.GetJsonAsync($"{Products}/{product}/feedback/{triaged}");

        Assert.Multiple(async () =>
        {
            Assert.That(Statuses(first), Is.EqualTo(new[] { "created", "created" }));
            Assert.That(Statuses(second), Is.EqualTo(new[] { "updated", "unchanged", "failed", "failed" }));
            Assert.That(second["items"]![2]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "productId" }));
            Assert.That(second["items"]![3]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "rating" }));
            Assert.That((updated["rating"]!.GetValue<int>(), updated["status"]!.GetValue<string>()), Is.EqualTo((2, "triaged")), "the import never moves the status");
            Assert.That((await Team.GetJsonAsync($"{Products}/{product}/feedback?externalId=s-2"))["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task The_summary_averages_ratings_per_month_and_counts_categories_and_statuses()
    {
        var product = (await CreateProductAsync()).Id();
        await (await Api.ClientFor(Roles.Integrator).PostJsonAsync(Batch, new
        {
            items = new[]
            {
                Item("a", product, 5, category: "bug", receivedAt: new DateTime(2026, 4, 10, 0, 0, 0, DateTimeKind.Utc)),
                Item("b", product, 2, category: "bug", receivedAt: new DateTime(2026, 4, 20, 0, 0, 0, DateTimeKind.Utc)),
                Item("c", product, null, category: "feature", receivedAt: new DateTime(2026, 5, 2, 0, 0, 0, DateTimeKind.Utc)),
                Item("d", product, 4, category: "feature", receivedAt: new DateTime(2026, 5, 3, 0, 0, 0, DateTimeKind.Utc)),
            },
        })).ShouldHaveStatus(HttpStatusCode.OK);

        var summary = await Team.GetJsonAsync($"{Products}/{product}/feedback/summary?from=2026-03-01&to=2026-05-31");
        var empty = await Team.GetJsonAsync($"{Products}/{product}/feedback/summary?from=2025-01-01&to=2025-01-31");

        Assert.Multiple(() =>
        {
            Assert.That((summary["total"]!.GetValue<int>(), summary["rated"]!.GetValue<int>(), summary["averageRating"]!.GetValue<decimal>()), Is.EqualTo((4, 3, 3.67m)));
            Assert.That(summary["months"]!.AsArray().Select(month => (month!["month"]!.GetValue<string>(), month["count"]!.GetValue<int>(), month["averageRating"]?.GetValue<decimal>())),
                Is.EqualTo(new (string, int, decimal?)[] { ("2026-03-01", 0, null), ("2026-04-01", 2, 3.5m), ("2026-05-01", 2, 4m) }));
            Assert.That(summary["categories"]!.AsArray().Where(category => category!["count"]!.GetValue<int>() > 0).Select(category => category!["category"]!.GetValue<string>()),
                Is.EqualTo(new[] { "bug", "feature" }));
            Assert.That(summary["statuses"]!.AsArray().Single(status => status!["status"]!.GetValue<string>() == "new")!["count"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That((empty["total"]!.GetValue<int>(), empty["averageRating"]), Is.EqualTo((0, (System.Text.Json.Nodes.JsonNode?)null)));
        });
    }

    [Test]
    public async Task An_imported_item_without_an_external_id_fails_alone()
    {
        var product = (await CreateProductAsync()).Id();

        var result = await (await Api.ClientFor(Roles.Integrator).PostJsonAsync(Batch, new { items = new[] { Item(null!, product), Item("s-1", product) } }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Multiple(async () =>
        {
            Assert.That(Statuses(result), Is.EqualTo(new[] { "failed", "created" }));
            Assert.That(result["items"]![0]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "externalId" }));
            Assert.That((await Team.GetJsonAsync($"{Products}/{product}/feedback"))["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Bad_feedback_is_refused_with_the_field_named_and_the_workflow_holds()
    {
        var product = (await CreateProductAsync()).Id();
        var feedback = $"{Products}/{product}/feedback";

        await (await Team.PostJsonAsync(feedback, new { source = "email", category = "ux", text = "x" })).ShouldBeValidationProblem("source");
        await (await Team.PostJsonAsync(feedback, new { source = "survey", rating = 0, category = "ux", text = "" })).ShouldBeValidationProblem("rating", "text");
        await (await Team.PostJsonAsync(feedback, new { source = "survey", category = "ux", text = "Later.", receivedAt = Start.AddDays(3) })).ShouldBeValidationProblem("receivedAt");
        await (await Team.GetAsync($"{feedback}/summary?from=2026-05-01&to=2026-04-01")).ShouldBeValidationProblem("to");
        var item = await (await Team.PostJsonAsync(feedback, new { source = "interview", category = "other", text = "Confusing pricing." })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await Team.PostJsonAsync($"{feedback}/{item.Id()}/status-transitions", new { status = "done" }, item.ETag()))
            .ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.invalid-transition");
        await (await Api.ClientFor(Roles.Integrator).PostJsonAsync(feedback, new { source = "survey", category = "ux", text = "x" })).ShouldBeProblem(HttpStatusCode.Forbidden);

        Assert.That((await Team.GetJsonAsync(feedback))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }
}
