using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Lifecycle;

/// <summary>
/// The lifecycle module's tests: an API whose clock starts at <see cref="Start"/> and moves only when a test moves it,
/// with helpers that walk a product through its stages the way a product team does.
/// </summary>
public abstract class LifecycleTest(DatabaseProvider provider) : ClockedApiTest(provider, Start)
{
    public const string Products = "/api/v1/lifecycle/products";

    protected static readonly DateTime Start = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    protected HttpClient Team => Api.ClientFor(Roles.Product);

    protected async Task<JsonNode> CreateProductAsync(string name = "Team Planner", string owner = "lena@example.com") =>
        await (await Team.PostJsonAsync(Products, new { name, owner, description = "Shared calendars." })).ShouldHaveStatus(HttpStatusCode.Created);

    protected async Task<HttpResponseMessage> MoveAsync(string productId, string stage, string reason = "Ready.")
    {
        var current = await Team.GetAsync($"{Products}/{productId}");
        return await Team.PostJsonAsync($"{Products}/{productId}/stage-transitions", new { stage, reason }, current.Headers.ETag!.Tag);
    }

    protected async Task MoveThroughAsync(string productId, params string[] stages)
    {
        foreach (var stage in stages)
        {
            await (await MoveAsync(productId, stage)).ShouldHaveStatus(HttpStatusCode.OK);
        }
    }

    protected async Task<JsonNode> ReleaseAsync(string productId, string version = "1.0.0", string[]? requirementIds = null, string[]? feedbackIds = null) =>
        await (await Team.PostJsonAsync($"{Products}/{productId}/releases", new { version, type = "major", notes = "First release.", requirementIds, feedbackIds }))
            .ShouldHaveStatus(HttpStatusCode.Created);

    /// <summary>A product in growth: developed, released and launched.</summary>
    protected async Task<string> LaunchedProductAsync(string name = "Team Planner")
    {
        var product = (await CreateProductAsync(name)).Id();
        await MoveThroughAsync(product, "development");
        await ReleaseAsync(product);
        await MoveThroughAsync(product, "launch", "growth");
        return product;
    }

    protected static object Month(string productId, string month, long activeUsers, string revenue, decimal? retention = null, int? nps = null) =>
        new { productId, month, activeUsers, revenue = new { amount = revenue, currency = "EUR" }, retentionPercent = retention, nps };

    protected async Task<JsonNode> SyncMetricsAsync(params object[] items) =>
        await (await Team.PostJsonAsync("/api/v1/lifecycle/product-metrics/batch", new { items })).ShouldHaveStatus(HttpStatusCode.OK);

    protected static IEnumerable<string?> Statuses(JsonNode batch) => batch["items"]!.AsArray().Select(item => item!["status"]!.GetValue<string>());
}
