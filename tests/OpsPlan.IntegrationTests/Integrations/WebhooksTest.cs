using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Integrations;

/// <summary>
/// Webhook tests: an API allowed to deliver to a loopback receiver over http (as Development is), with quick retries,
/// rounds that follow each other at once and a circuit that stays closed, so each test sees exactly the attempts it scripts.
/// </summary>
public abstract class WebhooksTest(DatabaseProvider provider) : ApiTest(provider)
{
    public const string Webhooks = "/api/v1/admin/webhooks";

    protected WebhookReceiver Receiver { get; private set; } = null!;

    protected HttpClient Admin => Api.ClientFor(Roles.Admin);

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Webhooks:AllowHttp"] = "true",
        ["Webhooks:AllowPrivateNetworks"] = "true",
        ["Webhooks:RetryDelay"] = "00:00:00.010",
        ["Webhooks:AttemptTimeout"] = "00:00:01",
        ["Webhooks:RoundDelay"] = "00:00:00",
        ["Webhooks:Rounds"] = "2",
        ["Webhooks:DisableAfterFailures"] = "2",
        ["Webhooks:BreakMinimumThroughput"] = "1000",
    };

    [SetUp]
    public async Task StartReceiver() => Receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiver() => await Receiver.DisposeAsync();

    protected async Task<JsonNode> SubscribeAsync(params string[] eventTypes) =>
        await (await Admin.PostJsonAsync(Webhooks, new { url = Receiver.Url, eventTypes = eventTypes.Length == 0 ? ["risk.risk-raised"] : eventTypes, description = "CRM" }))
            .ShouldHaveStatus(HttpStatusCode.Created);

    /// <summary>Raises a risk and lets the relay publish it: one <c>risk.risk-raised</c> in the feed.</summary>
    protected async Task<JsonNode> RaiseRiskAsync()
    {
        var risk = await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        await Api.DeliverOutboxAsync();
        return risk;
    }

    protected async Task<List<JsonNode>> DeliveriesAsync(string subscriptionId) =>
        (await Admin.GetJsonAsync($"{Webhooks}/{subscriptionId}/deliveries"))["items"]!.AsArray().Select(item => item!).ToList();

    protected async Task<List<JsonNode>> AttemptsAsync(string subscriptionId) =>
        (await Admin.GetJsonAsync($"{Webhooks}/{subscriptionId}/attempts"))["items"]!.AsArray().Select(item => item!).Reverse().ToList();
}
