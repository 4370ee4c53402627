using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Domain.Metrics;

namespace OpsPlan.UnitTests.Lifecycle;

/// <summary>The decline rule (here 3 months in a row, each down more than 5 %) and what the health view advises.</summary>
public sealed class DeclineRuleTests
{
    private static readonly DeclineRule Rule = new(3, 5);
    private static readonly Guid Product = Guid.NewGuid();

    private static List<MonthlyFigures> Months(params (long Users, decimal Revenue)[] figures) =>
        figures.Select((month, index) => new MonthlyFigures(Product, new DateOnly(2026, 1, 1).AddMonths(index), month.Users, Money.Of(month.Revenue, "EUR"), null, null)).ToList();

    [Test]
    public void Three_falls_of_more_than_the_drop_in_a_row_decline_and_a_fall_within_the_drop_breaks_the_run()
    {
        var users = Rule.Evaluate(Months((1000, 10), (940, 10), (880, 10), (820, 10)))[0];
        var brokenRun = Rule.Evaluate(Months((1000, 10), (940, 10), (900, 10), (820, 10)))[0];

        Assert.Multiple(() =>
        {
            Assert.That((users.Metric, users.ConsecutiveFalls, users.Declining, users.Trend), Is.EqualTo((DeclineMetric.ActiveUsers, 3, true, MetricTrend.Falling)));
            Assert.That((users.ChangePercent, users.StreakChangePercent), Is.EqualTo(((decimal?)-6.82m, (decimal?)-18m)));
            Assert.That((brokenRun.ConsecutiveFalls, brokenRun.Declining), Is.EqualTo((1, false)), "940 → 900 is down 4.3 %, within the 5 % drop");
        });
    }

    [Test]
    public void A_missing_month_breaks_the_run_and_no_figures_are_stable()
    {
        var figures = Months((1000, 10), (900, 10), (800, 10), (700, 10));
        figures.RemoveAt(1);

        Assert.Multiple(() =>
        {
            Assert.That(Rule.Evaluate(figures)[0].ConsecutiveFalls, Is.EqualTo(1), "March to April only: January to March is not month to month");
            Assert.That(Rule.Evaluate([]).Select(signal => (signal.Trend, signal.Declining)), Is.All.EqualTo((MetricTrend.Stable, false)));
        });
    }

    [Test]
    public void The_advice_follows_how_much_is_declining()
    {
        var oneFalling = Rule.Evaluate(Months((1000, 10), (900, 10), (800, 10), (700, 10)));
        var bothFalling = Rule.Evaluate(Months((1000, 10), (900, 9), (800, 8), (700, 7)));
        var longFall = Rule.Evaluate(Months((1000, 10), (900, 10), (800, 10), (700, 10), (600, 10), (500, 10), (400, 10)));

        Assert.Multiple(() =>
        {
            Assert.That(ProductHealth.Advise(ProductStage.Growth, Rule.Evaluate(Months((1000, 10), (1100, 11))), Rule).Recommendation, Is.EqualTo(HealthRecommendation.KeepInvesting));
            Assert.That(ProductHealth.Advise(ProductStage.Maturity, oneFalling, Rule).Recommendation, Is.EqualTo(HealthRecommendation.StopInvesting));
            Assert.That(ProductHealth.Advise(ProductStage.Maturity, bothFalling, Rule).Recommendation, Is.EqualTo(HealthRecommendation.PlanRetirement));
            Assert.That(ProductHealth.Advise(ProductStage.Maturity, longFall, Rule).Recommendation, Is.EqualTo(HealthRecommendation.StopInvesting));
            Assert.That(ProductHealth.Advise(ProductStage.Decline, longFall, Rule).Recommendation, Is.EqualTo(HealthRecommendation.PlanRetirement),
                "in decline, a fall lasting twice the rule's periods");
        });
    }
}
