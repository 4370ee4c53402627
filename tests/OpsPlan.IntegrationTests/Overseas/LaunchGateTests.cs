using System.Net;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Overseas;

/// <summary>
/// Entering launch needs readiness at the threshold (80 % by default), no open critical compliance gap and a Finance
/// exchange rate for the market's currency: the 409 lists exactly what is missing, each condition alone and all together.
/// </summary>
public sealed class LaunchGateTests(DatabaseProvider provider) : OverseasTest(provider)
{
    /// <summary>A market in pilot with readiness exactly 80 %, a closed critical item and a rate for BRL, less the one condition named.</summary>
    private async Task<string> PilotLackingAsync(string? lacking)
    {
        var market = (await OpenMarketAsync()).Id();
        await ToPilotAsync(market);
        await DoneTaskAsync(market, lacking == "readiness" ? 79 : 80);
        await PlanTaskAsync(market, lacking == "readiness" ? 21 : 20, "support");
        var closed = (await RecordItemAsync(market)).Id();
        await (await MoveItemAsync(market, closed, "compliant")).ShouldHaveStatus(HttpStatusCode.OK);
        await RecordItemAsync(market, "high", "LGPD", "Cookie banner in Portuguese.");
        if (lacking == "gap")
        {
            await RecordItemAsync(market, requirement: "Report breaches to the ANPD within three days.");
        }

        if (lacking != "rate")
        {
            await RateAsync("BRL");
        }

        return market;
    }

    [TestCase("readiness", "Localization readiness is 79%; launch needs 80%.")]
    [TestCase("gap", "Critical compliance gap open: LGPD — Report breaches to the ANPD within three days. (gap).")]
    [TestCase("rate", "An exchange rate for BRL: Finance has none on or before today; record one under /api/v1/finance/exchange-rates.")]
    public async Task Each_missing_condition_alone_holds_the_market_in_pilot_and_is_named(string lacking, string reason)
    {
        var market = await PilotLackingAsync(lacking);

        var refused = await (await MoveAsync(market, "launch")).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.launch-gate-not-met");
        var unchanged = await Expansion.GetJsonAsync($"{Markets}/{market}");

        Assert.Multiple(() =>
        {
            Assert.That(refused["reasons"]!.AsArray().Select(line => line!.GetValue<string>()), Is.EqualTo(new[] { reason }));
            Assert.That((unchanged["stage"]!.GetValue<string>(), unchanged["version"]!.GetValue<long>()), Is.EqualTo(("pilot", 3L)));
        });
    }

    [Test]
    public async Task All_missing_at_once_are_listed_together_and_the_gate_opens_once_each_is_met()
    {
        var market = (await OpenMarketAsync()).Id();
        await ToPilotAsync(market);
        var task = (await PlanTaskAsync(market, 50)).Id();
        var gap = (await RecordItemAsync(market)).Id();

        var refused = await (await MoveAsync(market, "launch")).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.launch-gate-not-met");
        await MoveTaskAsync(market, task, "in-progress");
        await MoveTaskAsync(market, task, "done");
        await (await MoveItemAsync(market, gap, "in-progress")).ShouldHaveStatus(HttpStatusCode.OK);
        var stillGap = await (await MoveAsync(market, "launch")).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.launch-gate-not-met");
        await (await MoveItemAsync(market, gap, "not-applicable", "The company processes no Brazilian personal data yet.")).ShouldHaveStatus(HttpStatusCode.OK);
        await RateAsync("BRL");
        var launched = await (await MoveAsync(market, "launch", "Ready.")).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(refused["reasons"]!.AsArray().Select(line => line!.GetValue<string>()), Is.EqualTo(new[]
            {
                "Localization readiness is 0%; launch needs 80%.",
                "Critical compliance gap open: LGPD — Appoint a data protection officer. (gap).",
                "An exchange rate for BRL: Finance has none on or before today; record one under /api/v1/finance/exchange-rates.",
            }));
            Assert.That(stillGap["reasons"]!.AsArray().Select(line => line!.GetValue<string>()), Is.EqualTo(new[]
            {
                "Critical compliance gap open: LGPD — Appoint a data protection officer. (in-progress).",
                "An exchange rate for BRL: Finance has none on or before today; record one under /api/v1/finance/exchange-rates.",
            }));
            Assert.That(launched["stage"]!.GetValue<string>(), Is.EqualTo("launch"));
        });
    }

    [Test]
    public async Task A_market_in_the_reporting_currency_needs_no_rate_and_a_market_leaving_launch_passes_the_gate_again_to_return()
    {
        var market = (await OpenMarketAsync("US", "USD")).Id();
        await ToPilotAsync(market);
        await DoneTaskAsync(market, 10);
        await (await MoveAsync(market, "launch")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await MoveAsync(market, "paused", "Holiday freeze.")).ShouldHaveStatus(HttpStatusCode.OK);
        await RecordItemAsync(market, regulation: "CCPA", requirement: "Honour opt-out of sale.");

        var refused = await (await MoveAsync(market, "launch")).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.launch-gate-not-met");

        Assert.That(refused["reasons"]!.AsArray().Select(line => line!.GetValue<string>()),
            Is.EqualTo(new[] { "Critical compliance gap open: CCPA — Honour opt-out of sale. (gap)." }));
    }
}
