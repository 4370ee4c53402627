using System.Net;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>Activity batches: idempotent by event id, failing per event, and kept as each customer's value.</summary>
public sealed class ActivityTests(DatabaseProvider provider) : GrowthTest(provider)
{
    [Test]
    public async Task Purchases_build_the_customers_value_and_a_redelivered_batch_changes_nothing()
    {
        await SyncAsync(Customer("crm-1", Start.AddDays(-60)));
        var events = new[]
        {
            Event("e1", "crm-1", Start.AddDays(-50), "purchase", 40m),
            Event("e2", "crm-1", Start.AddDays(-20), "purchase", 60.5m),
            Event("e3", "crm-1", Start.AddDays(-1), "login"),
        };

        var first = await SendEventsAsync(events);
        var redelivered = await SendEventsAsync(events);

        var customer = await CustomerAsync("crm-1");
        var value = customer["value"]!;
        Assert.Multiple(() =>
        {
            Assert.That(Statuses(first), Is.EqualTo(new[] { "created", "created", "created" }));
            Assert.That(Statuses(redelivered), Is.EqualTo(new[] { "unchanged", "unchanged", "unchanged" }));
            Assert.That(redelivered["items"]![0]!["id"]!.GetValue<string>(), Is.EqualTo(first["items"]![0]!["id"]!.GetValue<string>()));
            Assert.That(value["lifetimeValue"]!["amount"]!.GetValue<string>(), Is.EqualTo("100.50"));
            Assert.That(value["purchaseCount"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(value["firstPurchaseAt"]!.GetValue<DateTime>(), Is.EqualTo(Start.AddDays(-50)));
            Assert.That(value["lastPurchaseAt"]!.GetValue<DateTime>(), Is.EqualTo(Start.AddDays(-20)));
            Assert.That(value["repurchaseRate"]!.GetValue<decimal>(), Is.EqualTo(0.5m));
            Assert.That(value["purchaseFrequency"]!.GetValue<decimal>(), Is.EqualTo(1m), "2 purchases in 60 days: 1 per 30 days");
            Assert.That(customer["lastActiveAt"]!.GetValue<DateTime>(), Is.EqualTo(Start.AddDays(-1)));
        });
    }

    [Test]
    public async Task An_event_for_an_unknown_customer_in_the_future_or_in_another_currency_fails_alone()
    {
        await SyncAsync(Customer("crm-1"));
        var customer = await CustomerAsync("crm-1");

        var batch = await SendEventsAsync(
            Event("ok-1", "crm-1", Start),
            Event("unknown", "crm-404", Start),
            Event("future", "crm-1", Start.AddDays(1).AddMinutes(1)),
            Event("usd", "crm-1", Start, "purchase", 5m).With("value", new { amount = "5.00", currency = "USD" }),
            Event("negative", "crm-1", Start, "purchase", -5m),
            Event("both", "crm-1", Start).With("customerId", customer.Id()),
            Event("neither", "crm-1", Start).With("customerExternalId", null),
            Event("bad-type", "crm-1", Start, "teleport"),
            Event("ok-1", "crm-1", Start),
            Event("by-id", "crm-1", Start.AddDays(1)).With("customerExternalId", null).With("customerId", customer.Id()));

        var items = batch["items"]!.AsArray();
        string Field(int index) => string.Join(",", items[index]!["errors"]!.AsObject().Select(error => error.Key));
        Assert.Multiple(() =>
        {
            Assert.That(Statuses(batch), Is.EqualTo(new[] { "created", "failed", "failed", "failed", "failed", "failed", "failed", "failed", "failed", "created" }));
            Assert.That(Field(1), Is.EqualTo("customerExternalId"));
            Assert.That(Field(2), Is.EqualTo("occurredAt"));
            Assert.That(Field(3), Is.EqualTo("value.currency"));
            Assert.That(Field(4), Is.EqualTo("value.amount"));
            Assert.That(Field(5), Is.EqualTo("customerId"));
            Assert.That(Field(6), Is.EqualTo("customerId"));
            Assert.That(Field(7), Is.EqualTo("type"));
            Assert.That(Field(8), Is.EqualTo("eventId"), "repeated in the batch");
        });
        Assert.That((await CustomerAsync("crm-1"))["lastActiveAt"]!.GetValue<DateTime>(), Is.EqualTo(Start.AddDays(1)));
    }

    [Test]
    public async Task An_events_batch_over_ten_thousand_is_refused_and_writes_nothing()
    {
        await SyncAsync(Customer("crm-1"));
        var tooMany = Enumerable.Range(0, 10_001).Select(index => Event("e" + index, "crm-1", Start)).ToArray();

        await (await Growth.PostJsonAsync(Events, new { items = tooMany })).ShouldBeValidationProblem("items");

        Assert.That((await CustomerAsync("crm-1"))["lastActiveAt"], Is.Null);
    }

    [Test]
    public async Task Ten_thousand_events_in_one_batch_are_taken()
    {
        await SyncAsync(Enumerable.Range(0, 100).Select(index => Customer("crm-" + index)).ToArray());
        var events = Enumerable.Range(0, 10_000).Select(index => Event("e" + index, "crm-" + (index % 100), Start.AddMinutes(-index), "purchase", 1m)).ToArray();

        var batch = await SendEventsAsync(events);

        Assert.That(batch["created"]!.GetValue<int>(), Is.EqualTo(10_000));
        Assert.That((await CustomerAsync("crm-7"))["value"]!["purchaseCount"]!.GetValue<int>(), Is.EqualTo(100));
    }
}
