using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Lifecycle;

/// <summary>Products through their stages: the workflow, its gates, the history and the time spent in each stage.</summary>
public sealed class ProductsTests(DatabaseProvider provider) : LifecycleTest(provider)
{
    [Test]
    public async Task A_product_is_recorded_at_concept_read_back_with_its_etag_listed_and_replaced()
    {
        var response = await Team.PostJsonAsync(Products, new { name = "Team Planner", owner = "lena@example.com", description = "Shared calendars." });
        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var replaced = await (await Team.PutJsonAsync($"{Products}/{created.Id()}", new { name = "Team Planner Pro", owner = "max@example.com" }, created.ETag()))
            .ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Multiple(async () =>
        {
            Assert.That(created["stage"]!.GetValue<string>(), Is.EqualTo("concept"));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"{Products}/{created.Id()}"));
            Assert.That(response.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
            Assert.That((replaced["name"]!.GetValue<string>(), replaced["owner"]!.GetValue<string>(), replaced["version"]!.GetValue<long>()),
                Is.EqualTo(("Team Planner Pro", "max@example.com", 2L)));
            Assert.That((await Team.GetJsonAsync($"{Products}?stage=concept&sort=name"))["items"]!.AsArray().Select(item => item!.Id()), Is.EqualTo(new[] { created.Id() }));
            Assert.That((await Team.GetJsonAsync($"{Products}?stage=growth"))["items"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task A_product_moves_through_its_lifecycle_and_every_move_is_kept_with_who_when_and_why()
    {
        var product = (await CreateProductAsync()).Id();
        await MoveThroughAsync(product, "development");
        await ReleaseAsync(product);
        Time.Advance(TimeSpan.FromDays(10));
        await MoveThroughAsync(product, "launch", "growth", "maturity", "decline", "growth");

        var history = await Team.GetJsonAsync($"{Products}/{product}/stage-history?limit=3");
        var moves = history["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(moves.Select(move => move!["to"]!.GetValue<string>()), Is.EqualTo(new[] { "growth", "decline", "maturity" }), "newest first");
            Assert.That(moves[0]!["from"]!.GetValue<string>(), Is.EqualTo("decline"), "a declining product may be revived");
            Assert.That(moves[0]!["changedBy"]!.GetValue<string>(), Is.EqualTo("tester@example.com"));
            Assert.That(moves[0]!["reason"]!.GetValue<string>(), Is.EqualTo("Ready."));
            Assert.That(history["nextCursor"]!.GetValue<string>(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task A_move_the_workflow_does_not_allow_is_409_listing_where_the_product_can_go_and_changes_nothing()
    {
        var product = (await CreateProductAsync()).Id();

        var skipped = await (await MoveAsync(product, "growth")).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.invalid-transition");
        await MoveThroughAsync(product, "cancelled");
        await (await MoveAsync(product, "development")).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.invalid-transition");

        Assert.Multiple(async () =>
        {
            Assert.That(skipped["reasons"]![0]!.GetValue<string>(), Is.EqualTo("From 'concept' a product can move to: development, cancelled."));
            Assert.That((await Team.GetJsonAsync($"{Products}/{product}"))["stage"]!.GetValue<string>(), Is.EqualTo("cancelled"));
        });
    }

    [Test]
    public async Task Launch_needs_a_release_and_the_gate_names_what_is_missing()
    {
        var product = (await CreateProductAsync()).Id();
        await MoveThroughAsync(product, "development");

        var refused = await (await MoveAsync(product, "launch")).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.gate-not-met");
        var stage = (await Team.GetJsonAsync($"{Products}/{product}"))["stage"]!.GetValue<string>();
        await ReleaseAsync(product);
        await (await MoveAsync(product, "launch")).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(refused["reasons"]!.AsArray().Select(reason => reason!.GetValue<string>()), Has.Exactly(1).StartsWith("A release"));
            Assert.That(stage, Is.EqualTo("development"));
        });
    }

    [Test]
    public async Task Retirement_needs_an_approved_plan_and_publishes_the_retirement()
    {
        var product = await LaunchedProductAsync();
        await MoveThroughAsync(product, "decline");
        var withoutPlan = await (await MoveAsync(product, "retired")).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.gate-not-met");
        var plan = await (await Team.PutJsonAsync($"{Products}/{product}/retirement-plan", new
        {
            announcementDate = "2026-07-01", endOfSale = "2026-09-30", endOfSupport = "2027-03-31", compensationPolicy = "Three months refunded.",
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var withDraft = await (await MoveAsync(product, "retired")).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.gate-not-met");
        await (await Team.PostJsonAsync($"{Products}/{product}/retirement-plan/approval", new { }, plan.ETag())).ShouldHaveStatus(HttpStatusCode.OK);
        await Api.DeliverOutboxAsync();

        var retired = await (await MoveAsync(product, "retired", "Plan approved; announced to customers.")).ShouldHaveStatus(HttpStatusCode.OK);
        var published = await Api.DeliverOutboxAsync();

        Assert.Multiple(() =>
        {
            Assert.That(withoutPlan["reasons"]![0]!.GetValue<string>(), Does.StartWith("An approved retirement plan"));
            Assert.That(withDraft["reasons"]![0]!.GetValue<string>(), Does.Contain("still a draft"));
            Assert.That(retired["stage"]!.GetValue<string>(), Is.EqualTo("retired"));
            Assert.That(published, Is.EqualTo(2), "lifecycle.product-stage-changed and lifecycle.product-retired");
        });
    }

    [Test]
    public async Task Time_in_stage_is_counted_per_product_and_averaged_across_products()
    {
        var first = (await CreateProductAsync("First")).Id();
        var second = (await CreateProductAsync("Second")).Id();
        Time.Advance(TimeSpan.FromDays(10));
        await MoveThroughAsync(first, "development");
        Time.Advance(TimeSpan.FromDays(20));
        await MoveThroughAsync(second, "development");
        Time.Advance(TimeSpan.FromDays(6));

        var one = await Team.GetJsonAsync($"{Products}/{first}/stage-durations");
        var all = await Team.GetJsonAsync($"{Products}/stage-durations");
        var concept = all["stages"]!.AsArray().Single(stage => stage!["stage"]!.GetValue<string>() == "concept")!;
        var development = all["stages"]!.AsArray().Single(stage => stage!["stage"]!.GetValue<string>() == "development")!;

        Assert.Multiple(() =>
        {
            Assert.That(one["stages"]!.AsArray().Select(stage => (stage!["stage"]!.GetValue<string>(), stage["days"]!.GetValue<decimal>(), stage["current"]!.GetValue<bool>())),
                Is.EqualTo(new[] { ("concept", 10m, false), ("development", 26m, true) }));
            Assert.That(all["products"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That((concept["averageDays"]!.GetValue<decimal>(), concept["medianDays"]!.GetValue<decimal>(), concept["currentlyIn"]!.GetValue<int>()),
                Is.EqualTo((20m, 20m, 0)), "10 and 30 days");
            Assert.That((development["averageDays"]!.GetValue<decimal>(), development["currentlyIn"]!.GetValue<int>()), Is.EqualTo((16m, 2)), "26 and 6 days, both still there");
        });
    }

    [Test]
    public async Task Bad_input_a_taken_name_a_stale_etag_an_unknown_product_and_a_reader_writing_are_refused_and_change_nothing()
    {
        var product = await CreateProductAsync("Taken");

        await (await Team.PostJsonAsync(Products, new { name = "", owner = "a\nb" })).ShouldBeValidationProblem("name", "owner");
        await (await Team.PostJsonAsync(Products, new { name = "Taken", owner = "x@example.com" })).ShouldBeProblem(HttpStatusCode.Conflict, "lifecycle.duplicate-product-name");
        await (await Team.PostJsonAsync($"{Products}/{product.Id()}/stage-transitions", new { stage = "development" })).ShouldBeValidationProblem("reason");
        await (await Team.PostJsonAsync($"{Products}/{product.Id()}/stage-transitions", new { stage = "sunset", reason = "x" })).ShouldBeValidationProblem("stage");
        await (await Team.PostJsonAsync($"{Products}/{product.Id()}/stage-transitions", new { stage = "development", reason = "x" }, "\"7\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await Team.GetAsync($"{Products}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Team.GetAsync($"{Products}/{Guid.CreateVersion7()}/stage-history")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync(Products, new { name = "Viewer", owner = "v@example.com" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.ClientFor(Roles.Growth).PostJsonAsync(Products, new { name = "Growth", owner = "g@example.com" })).ShouldBeProblem(HttpStatusCode.Forbidden);

        var unchanged = await Team.GetJsonAsync($"{Products}/{product.Id()}");
        Assert.That((unchanged["stage"]!.GetValue<string>(), unchanged["version"]!.GetValue<long>()), Is.EqualTo(("concept", 1L)));
        Assert.That((await Api.ClientFor(Roles.Ops).GetJsonAsync(Products))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }
}
