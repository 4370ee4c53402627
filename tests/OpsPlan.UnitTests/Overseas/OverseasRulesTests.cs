using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Overseas.Application.Markets.GetMarketRanking;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Domain.Assessments;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.UnitTests.Overseas;

/// <summary>The overseas module's arithmetic and workflow: assessment scores, revenue concentration, pausing and the launch gate.</summary>
public sealed class OverseasRulesTests
{
    private static readonly DateTime Now = new(2026, 8, 3, 10, 0, 0, DateTimeKind.Utc);

    private static readonly AssessmentFactor[] InOrder = Enum.GetValues<AssessmentFactor>();

    // Market size, growth, competition, regulatory complexity, cultural distance, payments, partners, entry cost.
    private static readonly decimal[] DefaultWeights = [20, 15, 10, 15, 10, 10, 10, 10];

    private static Assessment Assess(int[] scores, decimal[]? weights = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), 1, InOrder.Select((factor, index) => new Factor(factor, scores[index], (weights ?? DefaultWeights)[index], null)).ToList(),
            "tester", Now);

    [TestCase(new[] { 4, 5, 3, 4, 2, 3, 4, 3 }, 4.09, 3.11, 3.55)]
    [TestCase(new[] { 5, 5, 1, 1, 1, 5, 5, 1 }, 5.0, 1.0, 5.0)]
    [TestCase(new[] { 1, 1, 5, 5, 5, 1, 1, 5 }, 1.0, 5.0, 1.0)]
    [TestCase(new[] { 3, 3, 3, 3, 3, 3, 3, 3 }, 3.0, 3.0, 3.0)]
    public void Attractiveness_and_risk_are_weighted_means_of_their_factors_and_combined_flips_the_factors_against(int[] scores, double attractiveness, double risk,
        double combined)
    {
        var assessment = Assess(scores);

        Assert.That((assessment.Attractiveness, assessment.Risk, assessment.Combined), Is.EqualTo(((decimal)attractiveness, (decimal)risk, (decimal)combined)));
    }

    [Test]
    public void Scores_round_half_away_from_zero()
    {
        // Even weights: combined = Σ (score, or 6 − score against) / 8 = 9 / 8 = 1.125, which rounds up, not to the even 1.12.
        var assessment = Assess([2, 1, 5, 5, 5, 1, 1, 5], [12.5m, 12.5m, 12.5m, 12.5m, 12.5m, 12.5m, 12.5m, 12.5m]);

        Assert.That((assessment.Attractiveness, assessment.Risk, assessment.Combined), Is.EqualTo((1.25m, 5m, 1.13m)));
    }

    private static MarketInflowsDto Inflows(params (string Market, decimal Amount)[] markets) =>
        new("USD", markets.Select(market => new MarketInflowDto(market.Market, Money.Of(market.Amount, "USD"))).ToList());

    [Test]
    public void Concentration_counts_only_live_markets_and_grades_the_herfindahl_index()
    {
        var from = new DateOnly(2026, 1, 1);
        var to = new DateOnly(2026, 12, 31);
        var spread = RevenueConcentration.Of(Inflows(("A", 100), ("B", 100), ("C", 100), ("D", 100), ("E", 100), ("F", 100), ("X", 9_999)),
            new HashSet<string> { "A", "B", "C", "D", "E", "F" }, from, to);
        var single = RevenueConcentration.Of(Inflows(("A", 500)), new HashSet<string> { "A", "B" }, from, to);
        var none = RevenueConcentration.Of(Inflows(("X", 500)), new HashSet<string> { "A" }, from, to);

        Assert.Multiple(() =>
        {
            Assert.That((spread.HerfindahlIndex, spread.Level, spread.Total.Amount), Is.EqualTo((1666.67m, ConcentrationLevel.Moderate, 600m)), "six equal shares: 6 × 16.67²");
            Assert.That((single.HerfindahlIndex, single.Level), Is.EqualTo((10_000m, ConcentrationLevel.High)));
            Assert.That((none.HerfindahlIndex, none.Level, none.Markets.Count), Is.EqualTo((0m, ConcentrationLevel.None, 0)));
        });
    }

    [TestCase(1499.99, ConcentrationLevel.Low)]
    [TestCase(1500, ConcentrationLevel.Moderate)]
    [TestCase(2499.99, ConcentrationLevel.Moderate)]
    [TestCase(2500, ConcentrationLevel.High)]
    public void The_levels_follow_the_competition_authorities_thresholds(double index, ConcentrationLevel level) =>
        Assert.That(RevenueConcentration.LevelOf(3, (decimal)index), Is.EqualTo(level));

    private static Market Pilot()
    {
        var (market, _) = Market.Open(new MarketProfile("BR", "Brazil", ["pt-BR"], "BRL", "owner", null), "tester", Now);
        market.MoveTo(MarketStage.Assessment, [], "Next.", "tester", Now);
        market.MoveTo(MarketStage.Pilot, [], "Next.", "tester", Now);
        return market;
    }

    [Test]
    public void A_paused_market_remembers_where_it_was_and_may_only_return_there_or_exit()
    {
        var market = Pilot();
        market.MoveTo(MarketStage.Paused, [], "Pause.", "tester", Now);

        var elsewhere = Assert.Throws<BusinessRuleException>(() => market.MoveTo(MarketStage.Research, [], "Back.", "tester", Now))!;
        var pausedFrom = market.PausedFrom;
        market.MoveTo(MarketStage.Pilot, [], "Resume.", "tester", Now);

        Assert.Multiple(() =>
        {
            Assert.That((elsewhere.Code, pausedFrom), Is.EqualTo(("overseas.invalid-transition", (MarketStage?)MarketStage.Pilot)));
            Assert.That((market.Stage, market.PausedFrom), Is.EqualTo((MarketStage.Pilot, (MarketStage?)null)));
        });
    }

    [Test]
    public void Entering_launch_with_anything_missing_is_refused_listing_it_and_changes_nothing()
    {
        var market = Pilot();

        var refused = Assert.Throws<BusinessRuleException>(() => market.MoveTo(MarketStage.Launch, ["Readiness.", "A rate."], "Go.", "tester", Now))!;

        Assert.Multiple(() =>
        {
            Assert.That((refused.Code, refused.Reasons), Is.EqualTo(("overseas.launch-gate-not-met", new[] { "Readiness.", "A rate." })));
            Assert.That(market.Stage, Is.EqualTo(MarketStage.Pilot));
        });
    }
}
