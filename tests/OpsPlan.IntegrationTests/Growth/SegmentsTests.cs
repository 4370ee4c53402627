using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>Segments: rules over the whitelisted fields, evaluated in SQL, refused by path when they are not valid.</summary>
public sealed class SegmentsTests(DatabaseProvider provider) : GrowthTest(provider)
{
    private static object Condition(string field, string op, object? value = null, object[]? values = null, object? min = null, object? max = null) =>
        new { field, @operator = op, value, values, min, max };

    private static object All(params object[] conditions) => new { match = "all", conditions };

    private async Task SeedAsync()
    {
        await SyncAsync(
            Customer("de-gold", country: "DE"),
            Customer("at-silver", country: "AT").With("tier", "silver").With("interests", new[] { "cooking" }),
            Customer("fr-vip", country: "FR", channel: "referral").With("tier", "vip").With("customAttributes", new { plan = "monthly", seats = 12, tags = new[] { "beta", "b2b" } }),
            Customer("erased", country: "DE"));
        await SendEventsAsync(Event("p1", "de-gold", Start.AddHours(-2), "purchase", 150m), Event("p2", "fr-vip", Start.AddHours(-1), "purchase", 20m));
        var erased = await CustomerAsync("erased");
        await (await Growth.PostJsonAsync($"{Customers}/{erased.Id()}/erase", new { })).ShouldHaveStatus(HttpStatusCode.OK);
    }

    private async Task<int> PreviewSizeAsync(object rule) =>
        (await (await Growth.PostJsonAsync(Segments + "/preview", new { rule })).ShouldHaveStatus(HttpStatusCode.OK))["size"]!.GetValue<int>();

    [Test]
    public async Task A_saved_segment_has_members_and_a_size_and_its_rule_reads_back()
    {
        await SeedAsync();
        var rule = new
        {
            match = "all",
            conditions = new[] { Condition("country", "in", values: ["DE", "AT"]) },
            groups = new[] { new { match = "any", conditions = new[] { Condition("lifetimeValue", "between", min: 100), Condition("interests", "contains", "cooking") } } },
        };

        var created = await (await Growth.PostJsonAsync(Segments, new { name = "DACH", description = "High value or cooks.", rule })).ShouldHaveStatus(HttpStatusCode.Created);
        var members = await Growth.GetJsonAsync($"{Segments}/{created.Id()}/members?limit=1");
        var next = await Growth.GetJsonAsync($"{Segments}/{created.Id()}/members?limit=1&cursor={members["nextCursor"]!.GetValue<string>()}");
        var size = await Growth.GetJsonAsync($"{Segments}/{created.Id()}/size");

        Assert.Multiple(() =>
        {
            Assert.That(created["rule"]!["groups"]![0]!["conditions"]![1]!["operator"]!.GetValue<string>(), Is.EqualTo("contains"));
            Assert.That(size["size"]!.GetValue<int>(), Is.EqualTo(2), "the erased DE customer is never a member");
            Assert.That(members["items"]!.AsArray().Concat(next["items"]!.AsArray()).Select(item => item!["externalId"]!.GetValue<string>()),
                Is.EquivalentTo(new[] { "de-gold", "at-silver" }));
            Assert.That(next["nextCursor"], Is.Null);
        });
    }

    [Test]
    public async Task Every_operator_matches_what_it_says()
    {
        await SeedAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await PreviewSizeAsync(All(Condition("tier", "equals", "vip"))), Is.EqualTo(1));
            Assert.That(await PreviewSizeAsync(All(Condition("channel", "equals", "referral"))), Is.EqualTo(1));
            Assert.That(await PreviewSizeAsync(All(Condition("purchaseCount", "between", min: 1))), Is.EqualTo(2));
            Assert.That(await PreviewSizeAsync(All(Condition("lastActiveAt", "exists"))), Is.EqualTo(2));
            Assert.That(await PreviewSizeAsync(All(Condition("stage", "in", values: ["new", "active"]))), Is.EqualTo(3));
            Assert.That(await PreviewSizeAsync(All(Condition("daysSinceActive", "between", max: 0))), Is.EqualTo(3), "today's sign-ups and buyers");
            Assert.That(await PreviewSizeAsync(All(Condition("signedUpAt", "between", min: "2026-06-01", max: "2026-06-02"))), Is.EqualTo(3));
            Assert.That(await PreviewSizeAsync(All(Condition("marketingConsent", "equals", true))), Is.EqualTo(3));
            Assert.That(await PreviewSizeAsync(All(Condition("attributes.plan", "equals", "monthly"))), Is.EqualTo(1));
            Assert.That(await PreviewSizeAsync(All(Condition("attributes.seats", "between", min: 10))), Is.EqualTo(1));
            Assert.That(await PreviewSizeAsync(All(Condition("attributes.seats", "equals", 3))), Is.EqualTo(2));
            Assert.That(await PreviewSizeAsync(All(Condition("attributes.tags", "contains", "b2b"))), Is.EqualTo(1));
            Assert.That(await PreviewSizeAsync(All(Condition("attributes.missing", "exists"))), Is.Zero);
            Assert.That(await PreviewSizeAsync(new { match = "any", conditions = new[] { Condition("country", "equals", "FR"), Condition("tier", "equals", "silver") } }),
                Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_value_that_looks_like_sql_is_only_a_value()
    {
        await SeedAsync();

        Assert.That(await PreviewSizeAsync(All(Condition("region", "equals", "x' OR 1=1 --"))), Is.Zero);
        Assert.That(await PreviewSizeAsync(All(Condition("attributes.plan", "equals", "') OR 1=1 --"))), Is.Zero);
        await (await Growth.PostJsonAsync(Segments + "/preview", new { rule = All(Condition("country = country OR 1", "equals", "DE")) }))
            .ShouldBeValidationProblem("rule.conditions[0].field");
        await (await Growth.PostJsonAsync(Segments + "/preview", new { rule = All(Condition("attributes.a') OR 1=1 --", "exists")) }))
            .ShouldBeValidationProblem("rule.conditions[0].field");
    }

    [Test]
    public async Task A_bad_rule_is_refused_with_every_error_named_by_its_path()
    {
        var rule = new
        {
            match = "all",
            conditions = new[] { Condition("email", "equals", "a@b.c"), Condition("tier", "between", min: 1) },
            groups = new object[] { new { match = "any", conditions = new[] { Condition("stage", "equals", "sleeping"), Condition("country", "in") } } },
        };

        await (await Growth.PostJsonAsync(Segments, new { name = "Bad", rule })).ShouldBeValidationProblem(
            "rule.conditions[0].field", "rule.conditions[1].operator", "rule.groups[0].conditions[0].value", "rule.groups[0].conditions[1].values");
        await (await Growth.PostJsonAsync(Segments, new { name = "", rule = All(Condition("tier", "equals", "gold")) })).ShouldBeValidationProblem("name");
        await (await Growth.PostJsonAsync(Segments, new { name = "Empty", rule = new { match = "all" } })).ShouldBeValidationProblem("rule");

        Assert.That((await Growth.GetJsonAsync(Segments))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_rule_deeper_than_five_levels_or_with_more_than_fifty_conditions_is_refused()
    {
        object group = All(Condition("tier", "equals", "gold"));
        for (var level = 0; level < 5; level++)
        {
            group = new { match = "all", groups = new[] { group } };
        }

        var wide = All(Enumerable.Range(0, 51).Select(_ => Condition("tier", "equals", "gold")).ToArray());

        await (await Growth.PostJsonAsync(Segments + "/preview", new { rule = group })).ShouldBeValidationProblem("rule.groups[0].groups[0].groups[0].groups[0].groups[0]");
        await (await Growth.PostJsonAsync(Segments + "/preview", new { rule = wide })).ShouldBeValidationProblem("rule");
    }

    [Test]
    public async Task Segments_are_replaced_and_deleted_with_their_version_and_names_stay_unique()
    {
        var rule = All(Condition("tier", "equals", "gold"));
        var first = await (await Growth.PostJsonAsync(Segments, new { name = "Gold", rule })).ShouldHaveStatus(HttpStatusCode.Created);

        await (await Growth.PostJsonAsync(Segments, new { name = "Gold", rule })).ShouldBeProblem(HttpStatusCode.Conflict, "growth.duplicate-segment-name");
        var replaced = await (await Growth.PutJsonAsync($"{Segments}/{first.Id()}", new { name = "Gold customers", rule }, first.ETag())).ShouldHaveStatus(HttpStatusCode.OK);
        await (await Growth.PutJsonAsync($"{Segments}/{first.Id()}", new { name = "Stale", rule }, first.ETag())).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await Growth.PostJsonAsync(Segments, new { name = "Silver", rule })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await Growth.PutJsonAsync($"{Segments}/{first.Id()}", new { name = "Silver", rule }, replaced.ETag())).ShouldBeProblem(HttpStatusCode.Conflict, "growth.duplicate-segment-name");
        var staleDelete = new HttpRequestMessage(HttpMethod.Delete, $"{Segments}/{first.Id()}");
        staleDelete.Headers.TryAddWithoutValidation("If-Match", first.ETag());
        await (await Growth.SendAsync(staleDelete)).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.That((await Growth.GetJsonAsync($"{Segments}/{first.Id()}"))["name"]!.GetValue<string>(), Is.EqualTo("Gold customers"), "refused changes change nothing");
        await (await Growth.DeleteAsync($"{Segments}/{first.Id()}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        Assert.That(replaced["version"]!.GetValue<long>(), Is.EqualTo(2));
        await (await Growth.GetAsync($"{Segments}/{first.Id()}/members")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Growth.GetAsync($"{Segments}/{first.Id()}/size")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
