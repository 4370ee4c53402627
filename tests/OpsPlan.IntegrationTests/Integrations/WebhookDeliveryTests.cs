using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Integrations;

/// <summary>Signed deliveries to a real receiver: verified as the specification says, retried, logged, replayed, and stopped when disabled.</summary>
public sealed class WebhookDeliveryTests(DatabaseProvider provider) : WebhooksTest(provider)
{
    [Test]
    public async Task A_subscribed_event_arrives_once_signed_as_the_specification_verifies_and_a_tampered_or_stale_one_fails_verification()
    {
        var created = await SubscribeAsync();
        var secret = created["secret"]!.GetValue<string>();
        var risk = await RaiseRiskAsync();

        var sent = await Api.DeliverWebhooksAsync();
        var again = await Api.DeliverWebhooksAsync();
        var webhook = Receiver.Received.Single();
        var body = JsonNode.Parse(webhook.Body)!;
        var now = DateTimeOffset.UtcNow;
        var delivery = (await DeliveriesAsync(created.Id())).Single();

        Assert.Multiple(async () =>
        {
            Assert.That((sent, again), Is.EqualTo((1, 0)));
            Assert.That(StandardWebhooks.Verify(secret, webhook, now), Is.True, "the reference verification accepts it");
            Assert.That(StandardWebhooks.Verify(secret, webhook with { Body = webhook.Body.Replace("risk", "r1sk", StringComparison.Ordinal) }, now), Is.False, "tampered body");
            Assert.That(StandardWebhooks.Verify(secret, webhook, now + TimeSpan.FromMinutes(6)), Is.False, "a timestamp more than five minutes old");
            Assert.That(StandardWebhooks.Verify("whsec_" + Convert.ToBase64String(new byte[32]), webhook, now), Is.False, "another secret");
            Assert.That(webhook.ContentType, Does.StartWith("application/json"));
            Assert.That((body["type"]!.GetValue<string>(), body["data"]!["riskId"]!.GetValue<string>()), Is.EqualTo(("risk.risk-raised", risk.Id())));
            Assert.That(webhook.Id, Is.EqualTo(delivery["eventId"]!.GetValue<string>()));
            Assert.That((delivery["status"]!.GetValue<string>(), delivery["rounds"]!.GetValue<int>(), delivery["lastStatusCode"]!.GetValue<int>()),
                Is.EqualTo(("succeeded", 1, 204)));
            Assert.That((await AttemptsAsync(created.Id())).Select(attempt => (attempt["statusCode"]!.GetValue<int>(), attempt["succeeded"]!.GetValue<bool>())),
                Is.EqualTo(new[] { (204, true) }));
        });
    }

    [Test]
    public async Task Server_errors_and_timeouts_are_retried_within_a_round_and_every_attempt_is_logged()
    {
        var created = await SubscribeAsync();
        await RaiseRiskAsync();
        Receiver.Answer(500);
        Receiver.Stall(TimeSpan.FromSeconds(3));

        await Api.DeliverWebhooksAsync();
        var attempts = await AttemptsAsync(created.Id());
        var delivery = (await DeliveriesAsync(created.Id())).Single();

        Assert.Multiple(() =>
        {
            Assert.That(Receiver.Received.Select(webhook => webhook.Id).Distinct().Count(), Is.EqualTo(1), "one webhook-id on every attempt");
            Assert.That(attempts.Select(attempt => (attempt["statusCode"]?.GetValue<int>(), attempt["succeeded"]!.GetValue<bool>())),
                Is.EqualTo(new (int?, bool)[] { (500, false), (null, false), (204, true) }));
            Assert.That(attempts[1]["error"]!.GetValue<string>(), Does.StartWith("No response within"));
            Assert.That(delivery["status"]!.GetValue<string>(), Is.EqualTo("succeeded"));
        });
    }

    [Test]
    public async Task An_endpoint_that_keeps_failing_disables_its_subscription_with_a_reason_then_nothing_is_sent_until_it_is_enabled()
    {
        var created = await SubscribeAsync();
        await RaiseRiskAsync();
        Receiver.Answer(503, 503, 503, 503, 503, 503);

        await Api.DeliverWebhooksAsync();
        var disabled = await Admin.GetJsonAsync($"{Webhooks}/{created.Id()}");
        var failed = (await DeliveriesAsync(created.Id())).Single();
        var received = Receiver.Received.Count;
        await RaiseRiskAsync();
        await Api.DeliverWebhooksAsync();
        var whileDisabled = Receiver.Received.Count;
        var replayed = await (await Admin.PostJsonAsync($"{Webhooks}/{created.Id()}/deliveries/{failed.Id()}/replay", new { })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await Admin.PutJsonAsync($"{Webhooks}/{created.Id()}", new { url = Receiver.Url, eventTypes = new[] { "risk.risk-raised" }, enabled = true },
            disabled.ETag())).ShouldHaveStatus(HttpStatusCode.OK);
        await Api.DeliverWebhooksAsync();
        var enabled = await Admin.GetJsonAsync($"{Webhooks}/{created.Id()}");

        Assert.Multiple(async () =>
        {
            Assert.That((disabled["enabled"]!.GetValue<bool>(), disabled["consecutiveFailures"]!.GetValue<int>()), Is.EqualTo((false, 2)));
            Assert.That(disabled["disabledReason"]!.GetValue<string>(), Does.Contain("2 failed delivery rounds").And.Contain("HTTP 503"));
            Assert.That((failed["status"]!.GetValue<string>(), failed["rounds"]!.GetValue<int>(), failed["lastStatusCode"]!.GetValue<int>()), Is.EqualTo(("failed", 2, 503)));
            Assert.That(received, Is.EqualTo(6), "two rounds of an attempt and two retries");
            Assert.That(whileDisabled, Is.EqualTo(received), "nothing is sent to a disabled subscription");
            Assert.That(replayed["status"]!.GetValue<string>(), Is.EqualTo("pending"));
            Assert.That(Receiver.Received.Count, Is.EqualTo(received + 1), "once enabled: the replayed delivery; an event published while disabled is not queued");
            Assert.That((enabled["enabled"]!.GetValue<bool>(), enabled["consecutiveFailures"]!.GetValue<int>(), enabled["disabledReason"]), Is.EqualTo((true, 0, (JsonNode?)null)));
            Assert.That((await DeliveriesAsync(created.Id())).Select(delivery => delivery["status"]!.GetValue<string>()), Is.EqualTo(new[] { "succeeded" }));
        });
        await (await Admin.PostJsonAsync($"{Webhooks}/{created.Id()}/deliveries/{Guid.CreateVersion7()}/replay", new { })).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task During_a_rotations_grace_period_deliveries_carry_both_signatures()
    {
        var created = await SubscribeAsync();
        var oldSecret = created["secret"]!.GetValue<string>();
        var rotated = await (await Admin.PostJsonAsync($"{Webhooks}/{created.Id()}/secret-rotations", new { }, created["subscription"]!.ETag())).ShouldHaveStatus(HttpStatusCode.OK);
        var newSecret = rotated["secret"]!.GetValue<string>();
        await RaiseRiskAsync();

        await Api.DeliverWebhooksAsync();
        var webhook = Receiver.Received.Single();

        Assert.Multiple(() =>
        {
            Assert.That(newSecret, Is.Not.EqualTo(oldSecret));
            Assert.That(webhook.Signature.Split(' '), Has.Length.EqualTo(2));
            Assert.That((StandardWebhooks.Verify(oldSecret, webhook, DateTimeOffset.UtcNow), StandardWebhooks.Verify(newSecret, webhook, DateTimeOffset.UtcNow)), Is.EqualTo((true, true)));
            Assert.That(rotated["subscription"]!["previousSecretValidUntil"], Is.Not.Null);
        });
    }

    [Test]
    public async Task Only_the_subscribed_types_are_delivered_and_star_takes_everything()
    {
        var narrow = await SubscribeAsync("finance.budget-threshold-crossed");
        var everything = await SubscribeAsync("*");
        await RaiseRiskAsync();

        await Api.DeliverWebhooksAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await DeliveriesAsync(narrow.Id()), Is.Empty);
            Assert.That((await DeliveriesAsync(everything.Id())).Select(delivery => delivery["eventType"]!.GetValue<string>()), Is.EqualTo(new[] { "risk.risk-raised" }));
        });
    }
}
