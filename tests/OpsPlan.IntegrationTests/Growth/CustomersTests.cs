using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>The CRM sync: upserts by externalId, incremental pull, refusals per item, and erasure that a re-sync respects.</summary>
public sealed class CustomersTests(DatabaseProvider provider) : GrowthTest(provider)
{
    [Test]
    public async Task A_batch_creates_then_leaves_unchanged_then_updates_and_the_customer_reads_back_whole()
    {
        var created = await SyncAsync(Customer("crm-1"), Customer("crm-2"));
        var again = await SyncAsync(Customer("crm-1"), Customer("crm-2").With("tier", "vip"));

        var customer = await CustomerAsync("crm-1");
        Assert.Multiple(() =>
        {
            Assert.That(Statuses(created), Is.EqualTo(new[] { "created", "created" }));
            Assert.That(Statuses(again), Is.EqualTo(new[] { "unchanged", "updated" }));
            Assert.That(customer["displayName"]!.GetValue<string>(), Is.EqualTo("Customer crm-1"));
            Assert.That(customer["ageBand"]!.GetValue<string>(), Is.EqualTo("25-34"));
            Assert.That(customer["interests"]!.AsArray().Select(tag => tag!.GetValue<string>()), Is.EqualTo(new[] { "running", "travel" }));
            Assert.That(customer["customAttributes"]!["seats"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(customer["stage"]!.GetValue<string>(), Is.EqualTo("new"));
            Assert.That(customer["value"]!["lifetimeValue"]!["amount"]!.GetValue<string>(), Is.EqualTo("0.00"));
            Assert.That(customer["value"]!["purchaseCount"]!.GetValue<int>(), Is.Zero);
            Assert.That(customer["lastActiveAt"], Is.Null, "a customer with no events has no activity");
            Assert.That(customer["erasedAt"], Is.Null);
        });
        Assert.That((await Growth.GetJsonAsync($"{Customers}/{customer.Id()}"))["externalId"]!.GetValue<string>(), Is.EqualTo("crm-1"));
    }

    [Test]
    public async Task Changes_are_pulled_back_out_with_updatedSince_and_lists_filter()
    {
        await SyncAsync(Customer("crm-1"), Customer("crm-2", country: "FR"));
        Time.Advance(TimeSpan.FromMinutes(5));
        var since = Time.GetUtcNow().UtcDateTime;
        await SyncAsync(Customer("crm-2", country: "FR").With("tier", "silver"));

        var changed = await Growth.GetJsonAsync($"{Customers}?updatedSince={since:O}");
        var french = await Growth.GetJsonAsync($"{Customers}?country=FR&tier=silver");
        Assert.Multiple(() =>
        {
            Assert.That(changed["items"]!.AsArray().Select(item => item!["externalId"]!.GetValue<string>()), Is.EqualTo(new[] { "crm-2" }));
            Assert.That(changed["syncCursor"], Is.Not.Null);
            Assert.That(french["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
        await (await Growth.GetAsync($"{Customers}?country=XX")).ShouldBeValidationProblem("country");
        await (await Growth.GetAsync($"{Customers}?stage=sleeping")).ShouldBeValidationProblem("stage");
    }

    [Test]
    public async Task A_bad_item_fails_alone_and_names_its_field()
    {
        var batch = await SyncAsync(
            Customer("ok"),
            Customer("bad-country", country: "XX"),
            Customer("bad-tier").With("tier", "platinum"),
            Customer("bad-email").With("email", "not-an-email"),
            Customer("bad-tag").With("interests", new[] { "Running Shoes" }),
            Customer("deep").With("customAttributes", new { a = new { b = new { c = new { d = 1 } } } }),
            Customer("big").With("customAttributes", new { notes = new string('x', 5000) }),
            Customer("ok"));

        var items = batch["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(Statuses(batch), Is.EqualTo(new[] { "created", "failed", "failed", "failed", "failed", "failed", "failed", "failed" }));
            Assert.That(items[1]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "country" }));
            Assert.That(items[2]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "tier" }));
            Assert.That(items[3]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "email" }));
            Assert.That(items[4]!["errors"]!.AsObject().Select(error => error.Key).Single(), Does.StartWith("interests"));
            Assert.That(items[5]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "customAttributes" }));
            Assert.That(items[6]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "customAttributes" }));
            Assert.That(items[7]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "externalId" }), "a repeated external id");
        });
        Assert.That((await Growth.GetJsonAsync(Customers))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_batch_over_its_cap_or_not_a_batch_is_refused_and_writes_nothing()
    {
        var tooMany = Enumerable.Range(0, 1_001).Select(index => Customer("crm-" + index)).ToArray();

        await (await Growth.PostJsonAsync(Customers + "/batch", new { items = tooMany })).ShouldBeValidationProblem("items");
        await (await Growth.PostJsonAsync(Customers + "/batch", new { items = Array.Empty<object>() })).ShouldBeValidationProblem("items");
        await (await Growth.PostRawAsync(Customers + "/batch", "[1,2]")).ShouldBeValidationProblem("body");
        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync(Customers + "/batch", new { items = new[] { Customer("v") } })).ShouldBeProblem(HttpStatusCode.Forbidden);

        Assert.That((await Growth.GetJsonAsync(Customers))["items"]!.AsArray(), Is.Empty);
        Assert.That(Statuses(await (await Api.ClientFor(Roles.Integrator).PostJsonAsync(Customers + "/batch", new { items = new[] { Customer("i") } }))
            .ShouldHaveStatus(HttpStatusCode.OK)), Is.EqualTo(new[] { "created" }), "integrators sync");
    }

    [Test]
    public async Task Erasure_replaces_the_personal_fields_keeps_the_aggregates_and_a_resync_does_not_bring_them_back()
    {
        await SyncAsync(Customer("crm-1"));
        await SendEventsAsync(Event("e1", "crm-1", Start.AddHours(1), "purchase", 20m));
        var customer = await CustomerAsync("crm-1");

        var erased = await (await Api.ClientAs("dpo@example.com", Roles.Growth).PostJsonAsync($"{Customers}/{customer.Id()}/erase", new { }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var erasedAgain = await (await Growth.PostJsonAsync($"{Customers}/{customer.Id()}/erase", new { })).ShouldHaveStatus(HttpStatusCode.OK);
        var resynced = await SyncAsync(Customer("crm-1").With("tier", "vip"));
        var afterResync = await CustomerAsync("crm-1");

        Assert.Multiple(() =>
        {
            Assert.That(erased["displayName"]!.GetValue<string>(), Is.EqualTo("Erased customer"));
            Assert.That(erased["email"], Is.Null);
            Assert.That(erased["ageBand"], Is.Null);
            Assert.That(erased["region"], Is.Null);
            Assert.That(erased["interests"]!.AsArray(), Is.Empty);
            Assert.That(erased["customAttributes"]!.AsObject(), Is.Empty);
            Assert.That(erased["erasedBy"]!.GetValue<string>(), Is.EqualTo("dpo@example.com"));
            Assert.That(erased["erasedAt"]!.GetValue<DateTime>(), Is.EqualTo(Start));
            Assert.That(erased["value"]!["purchaseCount"]!.GetValue<int>(), Is.EqualTo(1), "aggregates stay");
            Assert.That(erasedAgain["version"]!.GetValue<long>(), Is.EqualTo(erased["version"]!.GetValue<long>()), "erasing again changes nothing");
            Assert.That(erasedAgain["erasedBy"]!.GetValue<string>(), Is.EqualTo("dpo@example.com"));
            Assert.That(Statuses(resynced), Is.EqualTo(new[] { "updated" }));
            Assert.That(afterResync["tier"]!.GetValue<string>(), Is.EqualTo("vip"), "the CRM still owns the non-personal fields");
            Assert.That(afterResync["displayName"]!.GetValue<string>(), Is.EqualTo("Erased customer"));
            Assert.That(afterResync["email"], Is.Null);
        });

        await SyncAsync(Customer("crm-1").With("tier", "vip").With("restorePersonalData", true));
        var restored = await CustomerAsync("crm-1");
        Assert.That(restored["email"]!.GetValue<string>(), Is.EqualTo("crm-1@example.com"));
        Assert.That(restored["erasedAt"], Is.Null);
    }

    [Test]
    public async Task Erasing_is_for_writers_an_unknown_customer_is_404_and_a_stale_version_412()
    {
        await SyncAsync(Customer("crm-1"));
        var customer = await CustomerAsync("crm-1");

        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync($"{Customers}/{customer.Id()}/erase", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.ClientFor(Roles.Integrator).PostJsonAsync($"{Customers}/{customer.Id()}/erase", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Growth.PostJsonAsync($"{Customers}/{Guid.CreateVersion7()}/erase", new { })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Growth.PostJsonAsync($"{Customers}/{customer.Id()}/erase", new { }, ifMatch: "\"99\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);

        Assert.That((await CustomerAsync("crm-1"))["erasedAt"], Is.Null);
        await (await Api.ClientFor(Roles.Ops).PostJsonAsync($"{Customers}/{customer.Id()}/erase", new { })).ShouldHaveStatus(HttpStatusCode.OK);
    }
}
