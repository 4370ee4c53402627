using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Integrations;

/// <summary>Subscriptions as admins keep them, under production settings: https only, and never an address inside the network.</summary>
public sealed class WebhookAdminTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Webhooks = WebhooksTest.Webhooks;

    private HttpClient Admin => Api.ClientFor(Roles.Admin);

    private static object Subscription(string url, params string[] eventTypes) => new { url, eventTypes = eventTypes.Length == 0 ? ["risk.risk-raised"] : eventTypes };

    [Test]
    public async Task An_admin_subscribes_sees_the_secret_once_lists_replaces_and_deletes()
    {
        var response = await Admin.PostJsonAsync(Webhooks, new { url = "https://hooks.example.com/opsplan", eventTypes = new[] { "risk.risk-raised" }, description = "CRM" });
        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        var read = await Admin.GetJsonAsync($"{Webhooks}/{id}");
        var types = await Admin.GetJsonAsync($"{Webhooks}/event-types");
        var replaced = await (await Admin.PutJsonAsync($"{Webhooks}/{id}", new { url = "https://hooks.example.com/v2", eventTypes = new[] { "*" }, enabled = false },
            read.ETag())).ShouldHaveStatus(HttpStatusCode.OK);
        var listed = await Admin.GetJsonAsync(Webhooks);
        await (await Admin.DeleteAsync($"{Webhooks}/{id}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        Assert.Multiple(async () =>
        {
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"{Webhooks}/{id}"));
            Assert.That(created["secret"]!.GetValue<string>(), Does.StartWith("whsec_"));
            Assert.That(read.ToJsonString(), Does.Not.Contain("whsec_"), "the secret is never shown again");
            Assert.That((read["enabled"]!.GetValue<bool>(), read["url"]!.GetValue<string>()), Is.EqualTo((true, "https://hooks.example.com/opsplan")));
            Assert.That(types.AsArray().Select(type => type!["name"]!.GetValue<string>()),
                Does.Contain("overseas.critical-compliance-gap-opened").And.Contain("risk.risk-raised").And.Contain("partners.sla-breached"));
            Assert.That((replaced["enabled"]!.GetValue<bool>(), replaced["eventTypes"]![0]!.GetValue<string>(), replaced["version"]!.GetValue<long>()), Is.EqualTo((false, "*", 2L)));
            Assert.That(listed["items"]!.AsArray(), Has.Count.EqualTo(1));
            await (await Admin.GetAsync($"{Webhooks}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        });
    }

    [TestCase("http://hooks.example.com/opsplan")]
    [TestCase("https://127.0.0.1/hooks")]
    [TestCase("https://10.1.2.3/hooks")]
    [TestCase("https://192.168.0.10/hooks")]
    [TestCase("https://169.254.169.254/latest/meta-data")]
    [TestCase("https://[::1]/hooks")]
    [TestCase("https://[fd00::1]/hooks")]
    [TestCase("https://localhost/hooks")]
    [TestCase("https://localhost./hooks")]
    [TestCase("https://metadata.google.internal/hooks")]
    [TestCase("https://user:password@hooks.example.com/hooks")]
    [TestCase("ftp://hooks.example.com/hooks")]
    [TestCase("/relative")]
    public async Task A_url_webhooks_may_not_use_is_refused(string url)
    {
        await (await Admin.PostJsonAsync(Webhooks, Subscription(url))).ShouldBeValidationProblem("url");

        Assert.That((await Admin.GetJsonAsync(Webhooks))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Bad_event_types_a_stale_etag_and_anyone_but_an_admin_are_refused()
    {
        await (await Admin.PostJsonAsync(Webhooks, Subscription("https://hooks.example.com/x", "risk.nothing", "risk.risk-raised"))).ShouldBeValidationProblem("eventTypes[0]");
        await (await Admin.PostJsonAsync(Webhooks, new { url = "https://hooks.example.com/x", eventTypes = Array.Empty<string>() })).ShouldBeValidationProblem("eventTypes");
        await (await Admin.PostJsonAsync(Webhooks, Subscription("https://hooks.example.com/x", "risk.risk-raised", "risk.risk-raised"))).ShouldBeValidationProblem("eventTypes");
        var created = await (await Admin.PostJsonAsync(Webhooks, Subscription("https://hooks.example.com/x"))).ShouldHaveStatus(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        await (await Admin.PutJsonAsync($"{Webhooks}/{id}", Subscription("https://hooks.example.com/y"), "\"9\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await Admin.PostJsonAsync($"{Webhooks}/{id}/secret-rotations", new { }, "\"9\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await Api.ClientFor(Roles.Integrator).GetAsync(Webhooks)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.ClientFor(Roles.Ops).PostJsonAsync(Webhooks, Subscription("https://hooks.example.com/z"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Admin.GetAsync($"{Webhooks}/{Guid.CreateVersion7()}/deliveries")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Admin.GetAsync($"{Webhooks}/{id}/deliveries?status=lost")).ShouldBeValidationProblem("status");

        var unchanged = await Admin.GetJsonAsync($"{Webhooks}/{id}");
        Assert.That((unchanged["url"]!.GetValue<string>(), unchanged["version"]!.GetValue<long>()), Is.EqualTo(("https://hooks.example.com/x", 1L)));
    }
}

/// <summary>A host name that passes the check at registration but resolves inside the network is refused when the delivery connects.</summary>
public sealed class WebhookConnectGuardTests(DatabaseProvider provider) : ApiTest(provider)
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Webhooks:AllowHttp"] = "true",
        ["Webhooks:RetriesPerRound"] = "0",
        ["Webhooks:RoundDelay"] = "00:00:00",
    };

    [Test]
    public async Task A_name_that_resolves_to_a_private_address_gets_nothing()
    {
        var host = Dns.GetHostName();
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(host);
        }
        catch (System.Net.Sockets.SocketException)
        {
            addresses = [];
        }

        Assume.That(addresses, Is.Not.Empty.And.None.Matches<IPAddress>(Modules.Integrations.Domain.Webhooks.PublicAddresses.IsPublic),
            "this machine's own name resolves to loopback or private addresses only");
        await using var receiver = await WebhookReceiver.StartAsync();
        var url = receiver.Url.Replace("127.0.0.1", host, StringComparison.Ordinal);
        var created = await (await Api.ClientFor(Roles.Admin).PostJsonAsync(WebhooksTest.Webhooks, new { url, eventTypes = new[] { "*" } })).ShouldHaveStatus(HttpStatusCode.Created);
        await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        await Api.DeliverOutboxAsync();

        await Api.DeliverWebhooksAsync();
        var attempts = await Api.ClientFor(Roles.Admin).GetJsonAsync($"{WebhooksTest.Webhooks}/{created["id"]!.GetValue<string>()}/attempts");

        Assert.Multiple(() =>
        {
            Assert.That(receiver.Received, Is.Empty);
            Assert.That(attempts["items"]![0]!["error"]!.GetValue<string>(), Does.Contain("resolves to no public address"));
        });
    }
}
