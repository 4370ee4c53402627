using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>
/// The growth module's tests: an API whose clock starts at <see cref="Start"/> and moves only when a test moves it,
/// with helpers that sync customers and send events the way an integrator does.
/// </summary>
public abstract class GrowthTest(DatabaseProvider provider) : ClockedApiTest(provider, Start)
{
    public const string Customers = "/api/v1/growth/customers";
    public const string Events = "/api/v1/growth/events/batch";
    public const string Segments = "/api/v1/growth/segments";
    public const string Metrics = "/api/v1/growth/metrics";

    protected static readonly DateTime Start = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    protected HttpClient Growth => Api.ClientFor(Roles.Growth);

    protected static Dictionary<string, object?> Customer(string externalId, DateTime? signedUpAt = null, string country = "DE", string? channel = "search-ads") => new()
    {
        ["externalId"] = externalId,
        ["displayName"] = "Customer " + externalId,
        ["email"] = externalId + "@example.com",
        ["ageBand"] = "25-34",
        ["gender"] = "female",
        ["country"] = country,
        ["region"] = "Bavaria",
        ["interests"] = new[] { "running", "travel" },
        ["acquisitionChannel"] = channel,
        ["signedUpAt"] = signedUpAt ?? Start,
        ["tier"] = "gold",
        ["customAttributes"] = new Dictionary<string, object> { ["plan"] = "annual", ["seats"] = 3 },
        ["marketingConsent"] = true,
    };

    protected static Dictionary<string, object?> Event(string eventId, string customerExternalId, DateTime occurredAt, string type = "login", decimal? value = null) => new()
    {
        ["eventId"] = eventId,
        ["customerExternalId"] = customerExternalId,
        ["type"] = type,
        ["occurredAt"] = occurredAt,
        ["value"] = value is null ? null : new { amount = value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), currency = "EUR" },
    };

    protected async Task<JsonNode> SyncAsync(params Dictionary<string, object?>[] customers) =>
        await (await Growth.PostJsonAsync(Customers + "/batch", new { items = customers })).ShouldHaveStatus(HttpStatusCode.OK);

    protected async Task<JsonNode> SendEventsAsync(params Dictionary<string, object?>[] events) =>
        await (await Growth.PostJsonAsync(Events, new { items = events })).ShouldHaveStatus(HttpStatusCode.OK);

    protected async Task<JsonNode> CustomerAsync(string externalId) =>
        (await Growth.GetJsonAsync($"{Customers}?externalId={externalId}"))["items"]!.AsArray().Single()!;

    protected async Task<JsonNode> ReevaluateAsync() =>
        await (await Growth.PostJsonAsync("/api/v1/growth/stages/reevaluate", new { })).ShouldHaveStatus(HttpStatusCode.OK);

    protected static IEnumerable<string?> Statuses(JsonNode batch) => batch["items"]!.AsArray().Select(item => item!["status"]!.GetValue<string>());
}
