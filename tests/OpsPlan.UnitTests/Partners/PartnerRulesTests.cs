using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Domain.Agreements;
using OpsPlan.Modules.Partners.Domain.Scorecards;

namespace OpsPlan.UnitTests.Partners;

/// <summary>The partners module's arithmetic: the scorecard formula and tiers, an SLA target's comparison, an agreement's notice dates.</summary>
public sealed class PartnerRulesTests
{
    private static readonly DateTime Now = new(2026, 8, 3, 10, 0, 0, DateTimeKind.Utc);

    private static readonly Criteria DefaultWeights = new(25, 20, 20, 15, 10, 10);

    private static Scorecard Card(Criteria scores, Criteria? weights = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "2026-Q3", scores, weights ?? DefaultWeights, null, "tester", Now);

    [TestCase(5, 5, 5, 5, 5, 5, 5.0, PartnerTier.Strategic)]
    [TestCase(4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, PartnerTier.Strategic)]
    [TestCase(4.5, 4, 3, 5, 3.5, 4, 4.03, PartnerTier.Preferred)]
    [TestCase(3, 3, 3, 3, 3, 3, 3.0, PartnerTier.Approved)]
    [TestCase(2, 3, 2, 3, 2, 3, 2.45, PartnerTier.Probation)]
    public void Overall_is_the_weighted_mean_and_the_tier_follows_its_thresholds(double quality, double delivery, double cost, double cooperation, double innovation,
        double compliance, double overall, PartnerTier tier)
    {
        var card = Card(new Criteria((decimal)quality, (decimal)delivery, (decimal)cost, (decimal)cooperation, (decimal)innovation, (decimal)compliance));

        Assert.That((card.Overall, card.RecommendedTier), Is.EqualTo(((decimal)overall, tier)));
    }

    [TestCase(SlaComparison.AtLeast, 99.9, 99.9, true)]
    [TestCase(SlaComparison.AtLeast, 99.9, 99.89, false)]
    [TestCase(SlaComparison.AtMost, 4, 4, true)]
    [TestCase(SlaComparison.AtMost, 4, 4.01, false)]
    public void A_target_is_met_at_its_bound(SlaComparison comparison, double target, double value, bool met) =>
        Assert.That(new SlaTarget(SlaMetric.UptimePercent, (decimal)target, comparison).IsMetBy((decimal)value), Is.EqualTo(met));

    [Test]
    public void An_agreement_is_announced_from_30_days_before_its_notice_deadline_and_again_after_a_new_end()
    {
        var terms = new AgreementTerms("Hosting", AgreementType.Outsourcing, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, true, 90, []);
        var agreement = Agreement.Sign(Guid.NewGuid(), terms, Now);
        agreement.AnnounceExpiring(Now);
        var announced = agreement.ExpiringAnnouncedAt;
        agreement.Amend(terms with { EndDate = new DateOnly(2027, 12, 31) }, Now);

        Assert.Multiple(() =>
        {
            Assert.That((agreement.NoticeDeadline, agreement.ExpiringFrom), Is.EqualTo((new DateOnly(2027, 10, 2), new DateOnly(2027, 9, 2))));
            Assert.That(announced, Is.Not.Null);
            Assert.That(agreement.ExpiringAnnouncedAt, Is.Null, "a new term is announced again when it comes");
            Assert.That(agreement.StateOn(new DateOnly(2025, 12, 31)), Is.EqualTo(AgreementState.Upcoming));
            Assert.That(agreement.StateOn(new DateOnly(2028, 1, 1)), Is.EqualTo(AgreementState.Expired));
        });
    }
}
