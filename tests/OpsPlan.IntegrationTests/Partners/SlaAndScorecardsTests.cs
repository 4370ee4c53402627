using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Partners.Contracts.Events;
using static OpsPlan.IntegrationTests.Partners.PartnerDesk;

namespace OpsPlan.IntegrationTests.Partners;

/// <summary>SLA measurements judged against their targets, compliance over time, and weighted scorecards with their trend.</summary>
public sealed class SlaAndScorecardsTests(DatabaseProvider provider) : PartnersTest(provider)
{
    [Test]
    public async Task Measurements_are_judged_against_their_targets_and_compliance_is_summarised_per_metric_and_month()
    {
        var partner = await Desk.ActivePartnerAsync();
        var agreement = (await Desk.SignAsync(partner)).Id();
        var integrator = Api.ClientFor(Roles.Integrator);

        var first = await MeasureAsync(integrator, Measurement(agreement, "uptime-percent", "2026-04", 99.95m), Measurement(agreement, "uptime-percent", "2026-05", 99.5m),
            Measurement(agreement, "response-hours", "2026-05", 3m), Measurement(agreement, "defect-rate", "2026-05", 0.1m),
            Measurement(agreement, "uptime-percent", "2026-07", 99m));
        var second = await MeasureAsync(integrator, Measurement(agreement, "uptime-percent", "2026-05", 99.5m), Measurement(agreement, "uptime-percent", "2026-06", 99.0m));
        var sla = await Procurement.GetJsonAsync($"{Partners}/{partner}/sla?from=2026-01&to=2026-06");
        var measured = await Procurement.GetJsonAsync($"{Partners}/{partner}/agreements/{agreement}/sla-measurements?metric=uptime-percent");
        var uptime = sla["metrics"]!.AsArray().Single(metric => metric!["metric"]!.GetValue<string>() == "uptime-percent")!;

        Assert.Multiple(async () =>
        {
            Assert.That(Statuses(first), Is.EqualTo(new[] { "created", "created", "created", "failed", "failed" }));
            Assert.That(first["items"]![3]!["errors"]!["metric"]![0]!.GetValue<string>(), Does.Contain("no target for this metric"));
            Assert.That(first["items"]![4]!["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "period" }), "July has not begun");
            Assert.That(Statuses(second), Is.EqualTo(new[] { "unchanged", "created" }));
            Assert.That(measured.AsArray().Select(item => (item!["period"]!.GetValue<string>(), item["met"]!.GetValue<bool>())),
                Is.EqualTo(new[] { ("2026-04", true), ("2026-05", false), ("2026-06", false) }));
            Assert.That((uptime["measurements"]!.GetValue<int>(), uptime["breaches"]!.GetValue<int>(), uptime["compliancePercent"]!.GetValue<decimal>()),
                Is.EqualTo((3, 2, 33.33m)));
            Assert.That(await Api.PublishedAsync<SlaBreached>("partners"), Is.EqualTo(2), "May and June each breached once; the unchanged May was not announced again");
        });
    }

    [Test]
    public async Task An_sla_period_that_ends_before_it_begins_is_refused()
    {
        var partner = await Desk.ActivePartnerAsync();

        await (await Procurement.GetAsync($"{Partners}/{partner}/sla?from=2026-06&to=2026-01")).ShouldBeValidationProblem("to");
    }

    [Test]
    public async Task A_scorecard_weighs_its_criteria_recommends_a_tier_the_partner_takes_and_shows_the_trend()
    {
        var partner = await Desk.ActivePartnerAsync();
        var scorecards = $"{Partners}/{partner}/scorecards";

        var q2 = await (await Procurement.PostJsonAsync(scorecards, new
        {
            period = "2026-Q2", scores = new { quality = 3, delivery = 3, cost = 3, cooperation = 3, innovation = 3, compliance = 3 },
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var q3 = await (await Procurement.PostJsonAsync(scorecards, new
        {
            period = "2026-Q3", scores = new { quality = 5, delivery = 4.5, cost = 4, cooperation = 5, innovation = 4, compliance = 5 },
            weights = new { quality = 30, delivery = 20, cost = 20, cooperation = 10, innovation = 10, compliance = 10 },
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var trend = await Procurement.GetJsonAsync(scorecards);

        Assert.Multiple(async () =>
        {
            Assert.That((q2["overall"]!.GetValue<decimal>(), q2["recommendedTier"]!.GetValue<string>()), Is.EqualTo((3m, "approved")));
            Assert.That((q3["overall"]!.GetValue<decimal>(), q3["recommendedTier"]!.GetValue<string>()), Is.EqualTo((4.6m, "strategic")),
                "(5×30 + 4.5×20 + 4×20 + 5×10 + 4×10 + 5×10) / 100");
            Assert.That(q2["weights"]!["quality"]!.GetValue<decimal>(), Is.EqualTo(25m), "the configured default weights");
            Assert.That(trend.AsArray().Select(card => card!["change"]?.GetValue<decimal>()), Is.EqualTo(new decimal?[] { null, 1.6m }));
            Assert.That((await Procurement.GetJsonAsync($"{Partners}/{partner}"))["tier"]!.GetValue<string>(), Is.EqualTo("strategic"));
        });
    }

    [Test]
    public async Task Weights_that_miss_100_scores_outside_1_to_5_and_a_second_card_for_a_quarter_are_refused()
    {
        var partner = await Desk.ActivePartnerAsync();
        var scorecards = $"{Partners}/{partner}/scorecards";
        object Card(string period, decimal quality = 3, decimal innovation = 3, object? weights = null) =>
            new { period, scores = new { quality, delivery = 3, cost = 3, cooperation = 3, innovation, compliance = 3 }, weights };

        await (await Procurement.PostJsonAsync(scorecards, Card("2026-Q3", quality: 6, innovation: 0))).ShouldBeValidationProblem("scores.quality", "scores.innovation");
        await (await Procurement.PostJsonAsync(scorecards, Card("2026-Q3", weights: new { quality = 50, delivery = 20, cost = 20, cooperation = 10, innovation = 10, compliance = 10 })))
            .ShouldBeValidationProblem("weights");
        await (await Procurement.PostJsonAsync(scorecards, Card("2026-07"))).ShouldBeValidationProblem("period");
        await (await Procurement.PostJsonAsync(scorecards, Card("2026-Q3"))).ShouldHaveStatus(HttpStatusCode.Created);
        await (await Procurement.PostJsonAsync(scorecards, Card("2026-Q3"))).ShouldBeProblem(HttpStatusCode.Conflict, "partners.duplicate-scorecard");

        Assert.That((await Procurement.GetJsonAsync(scorecards)).AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_missing_score_or_weight_is_a_400_naming_each_one()
    {
        var partner = await Desk.ActivePartnerAsync();
        var scorecards = $"{Partners}/{partner}/scorecards";

        await (await Procurement.PostJsonAsync(scorecards, new { period = "2026-Q3", scores = new { } }))
            .ShouldBeValidationProblem("scores.quality", "scores.delivery", "scores.cost", "scores.cooperation", "scores.innovation", "scores.compliance");
        await (await Procurement.PostJsonAsync(scorecards, new
        {
            period = "2026-Q3",
            scores = new { quality = 3, delivery = (decimal?)null, cost = 3, cooperation = 3, innovation = 3, compliance = 3 },
            weights = new { quality = 50, delivery = 50, cost = (decimal?)null, cooperation = 0, innovation = 0, compliance = 0 },
        })).ShouldBeValidationProblem("scores.delivery", "weights.cost");

        Assert.That((await Procurement.GetJsonAsync(scorecards)).AsArray(), Is.Empty);
    }
}
