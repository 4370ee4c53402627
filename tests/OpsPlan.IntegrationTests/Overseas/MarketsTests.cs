using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Overseas.Contracts.Events;

namespace OpsPlan.IntegrationTests.Overseas;

/// <summary>Markets opened one per country, moved through their stages with pauses and exits, every move kept and published.</summary>
public sealed class MarketsTests(DatabaseProvider provider) : OverseasTest(provider)
{
    [Test]
    public async Task A_market_opens_at_research_with_its_tags_in_the_standards_case_and_is_read_back_and_replaced()
    {
        var response = await Expansion.PostJsonAsync(Markets, Market("BR", "BRL", ["pt-br", "EN", "zh-hans-cn", "es-419"]));
        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var replaced = await (await Expansion.PutJsonAsync($"{Markets}/{created.Id()}", new
        {
            country = "BR", name = "Brasil", languages = new[] { "pt-BR" }, currency = "BRL", owner = "ana@example.com", targetLaunchDate = "2027-01-15",
        }, created.ETag())).ShouldHaveStatus(HttpStatusCode.OK);
        var listed = await Expansion.GetJsonAsync($"{Markets}?country=BR&stage=research");

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"{Markets}/{created.Id()}"));
            Assert.That((created["stage"]!.GetValue<string>(), created["name"]!.GetValue<string>(), created["scores"]), Is.EqualTo(("research", "BR", (System.Text.Json.Nodes.JsonNode?)null)));
            Assert.That(created["languages"]!.AsArray().Select(tag => tag!.GetValue<string>()), Is.EqualTo(new[] { "pt-BR", "en", "zh-Hans-CN", "es-419" }));
            Assert.That((replaced["name"]!.GetValue<string>(), replaced["owner"]!.GetValue<string>(), replaced["version"]!.GetValue<long>()),
                Is.EqualTo(("Brasil", "ana@example.com", 2L)));
            Assert.That(listed["items"]!.AsArray().Select(market => market!.Id()), Is.EqualTo(new[] { created.Id() }));
        });
    }

    [Test]
    public async Task A_paused_market_returns_only_to_where_it_was_an_exited_one_never_and_every_move_is_kept_and_published()
    {
        var market = (await OpenMarketAsync()).Id();
        await ToPilotAsync(market);
        var paused = await (await MoveAsync(market, "paused", "Currency crisis.")).ShouldHaveStatus(HttpStatusCode.OK);
        var elsewhere = await (await MoveAsync(market, "research")).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.invalid-transition");
        var resumed = await (await MoveAsync(market, "pilot", "Currency stable again.")).ShouldHaveStatus(HttpStatusCode.OK);
        var skipped = await (await MoveAsync(market, "scale")).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.invalid-transition");
        await (await MoveAsync(market, "exited", "Strategy changed.")).ShouldHaveStatus(HttpStatusCode.OK);
        var final = await (await MoveAsync(market, "research")).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.invalid-transition");
        var history = await Expansion.GetJsonAsync($"{Markets}/{market}/stage-history");
        await Api.DeliverOutboxAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((paused["stage"]!.GetValue<string>(), paused["pausedFrom"]!.GetValue<string>()), Is.EqualTo(("paused", "pilot")));
            Assert.That(elsewhere["reasons"]![0]!.GetValue<string>(), Does.Contain("'pilot'"));
            Assert.That((resumed["stage"]!.GetValue<string>(), resumed["pausedFrom"]), Is.EqualTo(("pilot", (System.Text.Json.Nodes.JsonNode?)null)));
            Assert.That(skipped["reasons"]![0]!.GetValue<string>(), Is.EqualTo("From 'pilot' a market can move to: launch, paused, exited."));
            Assert.That(final["reasons"]![0]!.GetValue<string>(), Is.EqualTo("'exited' is final."));
            Assert.That(history["items"]!.AsArray().Select(move => move!["to"]!.GetValue<string>()),
                Is.EqualTo(new[] { "exited", "pilot", "paused", "pilot", "assessment", "research" }));
            Assert.That(history["items"]![0]!["reason"]!.GetValue<string>(), Is.EqualTo("Strategy changed."));
            Assert.That(await Api.PublishedAsync<MarketStageChanged>("overseas"), Is.EqualTo(5));
        });
    }

    [Test]
    public async Task Bad_input_unknown_codes_a_second_market_for_a_country_a_stale_etag_and_readers_writing_are_refused_and_change_nothing()
    {
        var market = await OpenMarketAsync("BR");

        await (await Expansion.PostJsonAsync(Markets, new { country = "XX", languages = new[] { "pt-BR", "xx-YY", "en-ZZ" }, currency = "ABC", owner = "a@example.com" }))
            .ShouldBeValidationProblem("country", "languages[1]", "languages[2]", "currency");
        await (await Expansion.PostJsonAsync(Markets, new { country = "DE", languages = Array.Empty<string>(), currency = "EUR", owner = "" }))
            .ShouldBeValidationProblem("languages", "owner");
        await (await Expansion.PostJsonAsync(Markets, new { country = "DE", languages = new[] { "de", "DE" }, currency = "EUR", owner = "a@example.com" }))
            .ShouldBeValidationProblem("languages");
        var duplicate = await (await Expansion.PostJsonAsync(Markets, Market("BR"))).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.duplicate-market");
        var other = await OpenMarketAsync("MX", "MXN");
        await (await Expansion.PutJsonAsync($"{Markets}/{other.Id()}", Market("BR"), other.ETag())).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.duplicate-market");
        await (await Expansion.PostJsonAsync($"{Markets}/{market.Id()}/stage-transitions", new { stage = "assessment" })).ShouldBeValidationProblem("reason");
        await (await Expansion.PostJsonAsync($"{Markets}/{market.Id()}/stage-transitions", new { stage = "assessment", reason = "x" }, "\"9\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await Expansion.GetAsync($"{Markets}?stage=nowhere")).ShouldBeValidationProblem("stage");
        await (await Expansion.GetAsync($"{Markets}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Expansion.GetAsync($"{Markets}/{Guid.CreateVersion7()}/stage-history")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync(Markets, Market("DE", "EUR"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.ClientFor(Roles.Ops).PostJsonAsync(Markets, Market("FR", "EUR"))).ShouldHaveStatus(HttpStatusCode.Created);

        var unchanged = await Expansion.GetJsonAsync($"{Markets}/{market.Id()}");
        var all = await Expansion.GetJsonAsync(Markets);
        Assert.Multiple(() =>
        {
            Assert.That(duplicate["reasons"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That((unchanged["stage"]!.GetValue<string>(), unchanged["version"]!.GetValue<long>()), Is.EqualTo(("research", 1L)));
            Assert.That(all["items"]!.AsArray().Select(item => item!["country"]!.GetValue<string>()), Is.EquivalentTo(new[] { "BR", "MX", "FR" }));
        });
    }
}
