using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Overseas;

/// <summary>
/// The overseas module's tests: an API whose clock starts at <see cref="Start"/> and moves only when a test moves it,
/// with helpers that open a market and bring it to the launch gate the way an expansion team does.
/// </summary>
public abstract class OverseasTest(DatabaseProvider provider) : ClockedApiTest(provider, Start)
{
    public const string Module = "/api/v1/overseas";
    public const string Markets = Module + "/markets";

    protected static readonly DateTime Start = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    protected HttpClient Expansion => Api.ClientFor(Roles.Overseas);

    protected static object Market(string country = "BR", string currency = "BRL", string[]? languages = null, string owner = "latam@example.com",
        string? targetLaunchDate = "2026-12-01") => new { country, name = (string?)null, languages = languages ?? ["pt-BR"], currency, owner, targetLaunchDate };

    protected async Task<JsonNode> OpenMarketAsync(string country = "BR", string currency = "BRL", string? targetLaunchDate = "2026-12-01") =>
        await (await Expansion.PostJsonAsync(Markets, Market(country, currency, targetLaunchDate: targetLaunchDate))).ShouldHaveStatus(HttpStatusCode.Created);

    protected async Task<HttpResponseMessage> MoveAsync(string marketId, string stage, string reason = "Decided.")
    {
        var current = await Expansion.GetAsync($"{Markets}/{marketId}");
        return await Expansion.PostJsonAsync($"{Markets}/{marketId}/stage-transitions", new { stage, reason }, current.Headers.ETag!.Tag);
    }

    /// <summary>Moves the market through research, assessment and pilot, one stage at a time.</summary>
    protected async Task ToPilotAsync(string marketId)
    {
        foreach (var stage in new[] { "assessment", "pilot" })
        {
            await (await MoveAsync(marketId, stage)).ShouldHaveStatus(HttpStatusCode.OK);
        }
    }

    protected async Task<JsonNode> PlanTaskAsync(string marketId, int weight, string area = "language", string dueDate = "2026-09-30", string title = "Translate the app") =>
        await (await Expansion.PostJsonAsync($"{Markets}/{marketId}/localization-tasks", new { area, title, owner = "l10n@example.com", dueDate, weight }))
            .ShouldHaveStatus(HttpStatusCode.Created);

    protected async Task<JsonNode> MoveTaskAsync(string marketId, string taskId, string status, string? note = null)
    {
        var url = $"{Markets}/{marketId}/localization-tasks/{taskId}";
        var current = await Expansion.GetAsync(url);
        return await (await Expansion.PostJsonAsync($"{url}/status-transitions", new { status, note }, current.Headers.ETag!.Tag)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    /// <summary>Plans a task of <paramref name="weight"/> and takes it to done.</summary>
    protected async Task DoneTaskAsync(string marketId, int weight, string area = "language")
    {
        var task = (await PlanTaskAsync(marketId, weight, area)).Id();
        await MoveTaskAsync(marketId, task, "in-progress");
        await MoveTaskAsync(marketId, task, "done");
    }

    protected async Task<JsonNode> RecordItemAsync(string marketId, string severity = "critical", string regulation = "LGPD",
        string requirement = "Appoint a data protection officer.", string? dueDate = "2026-09-01") =>
        await (await Expansion.PostJsonAsync($"{Markets}/{marketId}/compliance-items", new { regulation, requirement, severity, dueDate, evidence = (string?)null }))
            .ShouldHaveStatus(HttpStatusCode.Created);

    protected async Task<HttpResponseMessage> MoveItemAsync(string marketId, string itemId, string status, string? reason = null)
    {
        var url = $"{Markets}/{marketId}/compliance-items/{itemId}";
        var current = await Expansion.GetAsync(url);
        return await Expansion.PostJsonAsync($"{url}/status-transitions", new { status, reason }, current.Headers.ETag!.Tag);
    }

    /// <summary>Finance records a rate for <paramref name="currency"/>, effective from the start of the year.</summary>
    protected async Task RateAsync(string currency, string rate = "0.18")
    {
        var items = new[] { new { currency, effectiveOn = "2026-01-01", rate } };
        await (await Api.ClientFor(Roles.Finance).PostJsonAsync("/api/v1/finance/exchange-rates/batch", new { items })).ShouldHaveStatus(HttpStatusCode.OK);
    }

    protected static object Factor(string factor, int score, decimal? weight = null, string? evidence = "Desk research.") => new { factor, score, weight, evidence };

    /// <summary>The eight factors with these scores, in the order market size, growth, competition, regulatory complexity, cultural distance, payments, partners, entry cost.</summary>
    protected static object Assessment(params int[] scores) => new
    {
        factors = new[]
        {
            "market-size", "growth", "competition", "regulatory-complexity", "cultural-distance", "payment-infrastructure", "partner-availability", "entry-cost",
        }.Select((factor, index) => Factor(factor, scores[index])).ToArray(),
    };

    protected async Task<JsonNode> AssessAsync(string marketId, object assessment) =>
        await (await Expansion.PostJsonAsync($"{Markets}/{marketId}/assessments", assessment)).ShouldHaveStatus(HttpStatusCode.Created);
}
