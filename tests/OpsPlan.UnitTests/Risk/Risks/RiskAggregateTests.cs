using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Domain.Risks;
using RiskAggregate = OpsPlan.Modules.Risk.Domain.Risks.Risk;

namespace OpsPlan.UnitTests.Risk.Risks;

public sealed class RiskAggregateTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    private static RiskAggregate NewRisk(int likelihood = 2, int impact = 3, string source = RiskAggregate.ManualSource, string? reference = null) =>
        RiskAggregate.Raise("Title", "Description", RiskCategory.Financial, "owner", new RiskScore(likelihood, impact), null,
            null, source, reference, "raiser", Now).Risk;

    private static RiskAggregate SavedRisk(RiskStatus status = RiskStatus.Identified, int likelihood = 2, int impact = 3, long version = 4) =>
        RiskAggregate.Restore(AggregateState.Loaded(Guid.CreateVersion7(), Now, Now, version), "Title", "Description", RiskCategory.Financial, "owner",
            new RiskScore(likelihood, impact), null, status, null, "finance", "budget:x:marketing");

    [Test]
    public void Raising_a_risk_starts_it_identified_at_version_1_with_its_first_assessment()
    {
        var (risk, first) = RiskAggregate.Raise("Title", null, RiskCategory.Market, "owner", new RiskScore(4, 4), new RiskScore(2, 2),
            null, RiskAggregate.ManualSource, null, "raiser", Now);

        Assert.Multiple(() =>
        {
            Assert.That(risk.Status, Is.EqualTo(RiskStatus.Identified));
            Assert.That(risk.Version, Is.EqualTo(1));
            Assert.That(risk.Inherent.Level, Is.EqualTo(RiskLevel.Critical));
            Assert.That(risk.Residual!.Level, Is.EqualTo(RiskLevel.Low));
            Assert.That(first.RiskId, Is.EqualTo(risk.Id));
            Assert.That(first.Previous, Is.Null);
            Assert.That(first.AssessedBy, Is.EqualTo("raiser"));
        });
    }

    [Test]
    public void Assessing_an_identified_risk_rescored_it_moves_it_to_assessed_and_remembers_the_old_score()
    {
        var risk = SavedRisk(likelihood: 2, impact: 3, version: 1);

        var assessment = risk.Assess(new RiskScore(5, 4), null, "Worse", "assessor", Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(risk.Status, Is.EqualTo(RiskStatus.Assessed));
            Assert.That(risk.Inherent.Score, Is.EqualTo(20));
            Assert.That(risk.Version, Is.EqualTo(2));
            Assert.That(risk.UpdatedAt, Is.EqualTo(Now.AddHours(1)));
            Assert.That(assessment.Previous, Is.EqualTo(new RiskScore(2, 3)));
        });
    }

    [Test]
    public void A_closed_risk_cannot_be_assessed()
    {
        var risk = NewRisk();
        foreach (var status in new[] { RiskStatus.Assessed, RiskStatus.Accepted, RiskStatus.Closed })
        {
            risk.TransitionTo(status, Now);
        }

        var refusal = Assert.Throws<BusinessRuleException>(() => risk.Assess(new RiskScore(1, 1), null, "x", "y", Now));

        Assert.That(refusal!.Code, Is.EqualTo("risk.closed"));
    }

    [Test]
    public void An_illegal_transition_names_the_allowed_next_statuses_and_changes_nothing()
    {
        var risk = NewRisk();

        var refusal = Assert.Throws<BusinessRuleException>(() => risk.TransitionTo(RiskStatus.Closed, Now));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.Code, Is.EqualTo("risk.invalid-transition"));
            Assert.That(refusal.Reasons.Single(), Does.Contain("assessed"));
            Assert.That(risk.Status, Is.EqualTo(RiskStatus.Identified));
            Assert.That(risk.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_source_reporting_again_rescored_the_risk_and_reopens_it_when_closed()
    {
        var risk = NewRisk(source: "finance", reference: "budget-line:1:marketing");
        foreach (var status in new[] { RiskStatus.Assessed, RiskStatus.Accepted, RiskStatus.Closed })
        {
            risk.TransitionTo(status, Now);
        }

        var assessment = risk.ReportedAgain(new RiskScore(4, 4), "Over by 30%", "Threshold crossed again", "system", Now.AddDays(1));

        Assert.Multiple(() =>
        {
            Assert.That(risk.Status, Is.EqualTo(RiskStatus.Assessed));
            Assert.That(risk.Description, Is.EqualTo("Over by 30%"));
            Assert.That(risk.Inherent.Level, Is.EqualTo(RiskLevel.Critical));
            Assert.That(assessment.Rationale, Is.EqualTo("Threshold crossed again"));
            Assert.That(risk.SourceReference, Is.EqualTo("budget-line:1:marketing"));
        });
    }

    [TestCase(0, 3)]
    [TestCase(3, 6)]
    public void A_score_factor_outside_1_to_5_is_refused(int likelihood, int impact)
    {
        Assert.Throws<BusinessRuleException>(() => _ = new RiskScore(likelihood, impact));
    }
}
