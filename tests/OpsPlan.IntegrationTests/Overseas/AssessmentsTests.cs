using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Overseas;

/// <summary>Versioned, weighted assessments, the scores they give, the ranking they feed and revenue concentration from Finance.</summary>
public sealed class AssessmentsTests(DatabaseProvider provider) : OverseasTest(provider)
{
    private static decimal Score(JsonNode node, string name) => node[name]!.GetValue<decimal>();

    [Test]
    public async Task The_default_weights_give_the_worked_example_and_each_new_version_becomes_the_markets_scores()
    {
        var market = (await OpenMarketAsync()).Id();

        var first = await AssessAsync(market, Assessment(4, 5, 3, 4, 2, 3, 4, 3));
        var second = await AssessAsync(market, Assessment(5, 5, 2, 3, 2, 4, 4, 3));
        var history = await Expansion.GetJsonAsync($"{Markets}/{market}/assessments");
        var scored = await Expansion.GetJsonAsync($"{Markets}/{market}");

        Assert.Multiple(() =>
        {
            // attractiveness (20·4 + 15·5 + 10·3 + 10·4) / 55 = 4.09; risk (10·3 + 15·4 + 10·2 + 10·3) / 45 = 3.11;
            // combined (225 + 10·3 + 15·2 + 10·4 + 10·3) / 100 = 3.55.
            Assert.That((Score(first, "attractiveness"), Score(first, "risk"), Score(first, "combined"), first["version"]!.GetValue<int>()), Is.EqualTo((4.09m, 3.11m, 3.55m, 1)));
            Assert.That(first["factors"]!.AsArray().Where(factor => factor!["countsAgainst"]!.GetValue<bool>()).Select(factor => factor!["factor"]!.GetValue<string>()),
                Is.EquivalentTo(new[] { "competition", "regulatory-complexity", "cultural-distance", "entry-cost" }));
            Assert.That(first["factors"]!.AsArray().Select(factor => factor!["weight"]!.GetValue<decimal>()).Sum(), Is.EqualTo(100m));
            Assert.That(history.AsArray().Select(version => version!["version"]!.GetValue<int>()), Is.EqualTo(new[] { 2, 1 }));
            Assert.That((scored["scores"]!["assessmentVersion"]!.GetValue<int>(), Score(scored["scores"]!, "combined")), Is.EqualTo((2, Score(second, "combined"))));
        });
    }

    [Test]
    public async Task Weights_sent_with_the_assessment_replace_the_defaults()
    {
        var market = (await OpenMarketAsync()).Id();
        int[] scores = [5, 5, 1, 1, 1, 5, 5, 1];
        string[] factors = ["market-size", "growth", "competition", "regulatory-complexity", "cultural-distance", "payment-infrastructure", "partner-availability", "entry-cost"];

        var even = await AssessAsync(market, new { factors = factors.Select((factor, index) => Factor(factor, scores[index], 12.5m)).ToArray() });

        Assert.That((Score(even, "attractiveness"), Score(even, "risk"), Score(even, "combined")), Is.EqualTo((5m, 1m, 5m)));
    }

    [Test]
    public async Task The_ranking_orders_markets_by_the_chosen_score_with_shared_ranks_and_lists_the_unassessed_apart()
    {
        var brazil = (await OpenMarketAsync("BR")).Id();
        var mexico = (await OpenMarketAsync("MX", "MXN")).Id();
        var chile = (await OpenMarketAsync("CL", "CLP")).Id();
        var peru = (await OpenMarketAsync("PE", "PEN")).Id();
        var exited = (await OpenMarketAsync("AR", "ARS")).Id();
        await AssessAsync(brazil, Assessment(5, 5, 3, 4, 2, 4, 4, 3));
        await AssessAsync(mexico, Assessment(4, 4, 2, 2, 1, 4, 4, 2));
        await AssessAsync(chile, Assessment(4, 4, 2, 2, 1, 4, 4, 2));
        await AssessAsync(exited, Assessment(5, 5, 1, 1, 1, 5, 5, 1));
        await (await MoveAsync(exited, "exited", "Not now.")).ShouldHaveStatus(HttpStatusCode.OK);

        async Task<List<(int, string)>> RankAsync(string by) => (await Expansion.GetJsonAsync($"{Markets}/ranking?by={by}"))["markets"]!.AsArray()
            .Select(market => (market!["rank"]!.GetValue<int>(), market["country"]!.GetValue<string>())).ToList();
        var combined = await Expansion.GetJsonAsync($"{Markets}/ranking");

        Assert.Multiple(async () =>
        {
            Assert.That(combined["by"]!.GetValue<string>(), Is.EqualTo("combined"));
            Assert.That(combined["markets"]!.AsArray().Select(market => (market!["rank"]!.GetValue<int>(), market["country"]!.GetValue<string>())),
                Is.EqualTo(new[] { (1, "CL"), (1, "MX"), (3, "BR") }), "MX and CL score alike; AR exited");
            Assert.That(await RankAsync("attractiveness"), Is.EqualTo(new[] { (1, "BR"), (2, "CL"), (2, "MX") }));
            Assert.That(await RankAsync("risk"), Is.EqualTo(new[] { (1, "CL"), (1, "MX"), (3, "BR") }), "lowest risk first");
            Assert.That(combined["unassessed"]!.AsArray().Select(id => id!.GetValue<string>()), Is.EqualTo(new[] { peru }));
        });
        await (await Expansion.GetAsync($"{Markets}/ranking?by=best")).ShouldBeValidationProblem("by");
    }

    [Test]
    public async Task Concentration_is_the_herfindahl_index_of_live_markets_shares_of_finances_inflows_by_market()
    {
        async Task<string> LiveAsync(string country, string currency, string stage)
        {
            var market = (await OpenMarketAsync(country, currency)).Id();
            await ToPilotAsync(market);
            await DoneTaskAsync(market, 100);
            await (await MoveAsync(market, "launch")).ShouldHaveStatus(HttpStatusCode.OK);
            if (stage == "scale")
            {
                await (await MoveAsync(market, "scale")).ShouldHaveStatus(HttpStatusCode.OK);
            }

            return market;
        }

        await RateAsync("CAD", "0.5");
        await LiveAsync("US", "USD", "launch");
        await LiveAsync("CA", "CAD", "scale");
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await Finance.FinanceApi.CostCenterAsync(finance, "SALES");
        object Sale(string amount, string currency, string? market, string on = "2026-05-10") => new
        {
            occurredOn = on, costCenterId = costCenter, category = "other", direction = "inflow", amount = new { amount, currency }, market, description = "Sales",
        };
        foreach (var sale in new[]
        {
            Sale("700.00", "USD", "US"), Sale("600.00", "CAD", "CA"), Sale("5000.00", "USD", "BR"), Sale("999.00", "USD", null), Sale("100.00", "USD", "US", "2024-01-10"),
        })
        {
            await (await finance.PostJsonAsync("/api/v1/finance/transactions", sale)).ShouldHaveStatus(HttpStatusCode.Created);
        }

        var concentration = (await Expansion.GetJsonAsync($"{Markets}/ranking"))["concentration"]!;
        var all = (await Expansion.GetJsonAsync($"{Markets}/ranking?from=2024-01-01&to=2026-06-15"))["concentration"]!;

        Assert.Multiple(() =>
        {
            Assert.That((concentration["from"]!.GetValue<string>(), concentration["to"]!.GetValue<string>()), Is.EqualTo(("2025-06-16", "2026-06-15")));
            Assert.That((concentration["currency"]!.GetValue<string>(), concentration["total"]!["amount"]!.GetValue<string>()), Is.EqualTo(("USD", "1000.00")),
                "700 USD and 600 CAD at 0.5; Brazil is not live and the last sale names no market");
            Assert.That(concentration["markets"]!.AsArray().Select(share => (share!["country"]!.GetValue<string>(), share["sharePercent"]!.GetValue<decimal>())),
                Is.EqualTo(new[] { ("US", 70m), ("CA", 30m) }));
            Assert.That((concentration["herfindahlIndex"]!.GetValue<decimal>(), concentration["level"]!.GetValue<string>()), Is.EqualTo((5800m, "high")));
            Assert.That(all["total"]!["amount"]!.GetValue<string>(), Is.EqualTo("1100.00"));
        });
    }

    [Test]
    public async Task A_missing_rate_leaves_the_ranking_standing_and_says_why_concentration_is_missing()
    {
        var market = (await OpenMarketAsync("US", "USD")).Id();
        await AssessAsync(market, Assessment(3, 3, 3, 3, 3, 3, 3, 3));
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await Finance.FinanceApi.CostCenterAsync(finance, "SALES");
        await (await finance.PostJsonAsync("/api/v1/finance/transactions", new
        {
            occurredOn = "2026-05-10", costCenterId = costCenter, category = "other", direction = "inflow", amount = new { amount = "10", currency = "JPY" }, market = "JP",
            description = "Sales",
        })).ShouldHaveStatus(HttpStatusCode.Created);

        var ranking = await Expansion.GetJsonAsync($"{Markets}/ranking");

        Assert.Multiple(() =>
        {
            Assert.That(ranking["markets"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(ranking["concentration"], Is.Null);
            Assert.That(ranking["concentrationUnavailable"]!.GetValue<string>(), Does.Contain("JPY"));
        });
    }

    [Test]
    public async Task Bad_assessments_are_refused_naming_the_field_and_record_nothing()
    {
        var market = (await OpenMarketAsync()).Id();
        var all = new[] { "market-size", "growth", "competition", "regulatory-complexity", "cultural-distance", "payment-infrastructure", "partner-availability", "entry-cost" };

        var notHundred = await (await Expansion.PostJsonAsync($"{Markets}/{market}/assessments", new { factors = all.Select(factor => Factor(factor, 3, 10m)).ToArray() }))
            .ShouldBeValidationProblem("factors");
        await (await Expansion.PostJsonAsync($"{Markets}/{market}/assessments", new { factors = all.Select((factor, index) => Factor(factor, index == 1 ? 6 : 0)).ToArray() }))
            .ShouldBeValidationProblem("factors[0].score", "factors[1].score", "factors[2].score", "factors[3].score", "factors[4].score", "factors[5].score",
                "factors[6].score", "factors[7].score");
        await (await Expansion.PostJsonAsync($"{Markets}/{market}/assessments", new { factors = all.Select(factor => Factor("growth", 3)).ToArray() }))
            .ShouldBeValidationProblem("factors");
        await (await Expansion.PostJsonAsync($"{Markets}/{market}/assessments", new { factors = all.Select((factor, index) => Factor(factor, 3, index == 0 ? 30m : null)).ToArray() }))
            .ShouldBeValidationProblem("factors");
        await (await Expansion.PostJsonAsync($"{Markets}/{market}/assessments", new { factors = new[] { Factor("charm", 3) } })).ShouldBeValidationProblem("factors[0].factor");
        await (await Expansion.PostJsonAsync($"{Markets}/{Guid.CreateVersion7()}/assessments", Assessment(3, 3, 3, 3, 3, 3, 3, 3))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync($"{Markets}/{market}/assessments", Assessment(3, 3, 3, 3, 3, 3, 3, 3))).ShouldBeProblem(HttpStatusCode.Forbidden);

        var unchanged = await Expansion.GetJsonAsync($"{Markets}/{market}");
        Assert.Multiple(async () =>
        {
            Assert.That(notHundred["errors"]!["factors"]![0]!.GetValue<string>(), Is.EqualTo("The weights sum to 100 (percent), not 80."));
            Assert.That((unchanged["scores"], unchanged["version"]!.GetValue<long>()), Is.EqualTo(((JsonNode?)null, 1L)));
            Assert.That((await Expansion.GetJsonAsync($"{Markets}/{market}/assessments")).AsArray(), Is.Empty);
        });
    }
}
