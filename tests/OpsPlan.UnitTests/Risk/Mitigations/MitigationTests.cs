using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Domain.Mitigations;

namespace OpsPlan.UnitTests.Risk.Mitigations;

public sealed class MitigationTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static Mitigation Planned(DateOnly? due = null) =>
        Mitigation.Plan(Guid.CreateVersion7(), RiskStatus.Assessed, "Action", "owner", due, Now);

    [TestCase(MitigationStatus.Planned, MitigationStatus.InProgress, true)]
    [TestCase(MitigationStatus.Planned, MitigationStatus.Cancelled, true)]
    [TestCase(MitigationStatus.Planned, MitigationStatus.Done, false)]
    [TestCase(MitigationStatus.InProgress, MitigationStatus.Done, true)]
    [TestCase(MitigationStatus.InProgress, MitigationStatus.Cancelled, true)]
    [TestCase(MitigationStatus.InProgress, MitigationStatus.Planned, false)]
    [TestCase(MitigationStatus.Done, MitigationStatus.Cancelled, false)]
    [TestCase(MitigationStatus.Cancelled, MitigationStatus.InProgress, false)]
    public void The_workflow_allows_only_its_transitions(MitigationStatus from, MitigationStatus to, bool allowed)
    {
        var mitigation = Mitigation.Restore(AggregateState.Loaded(Guid.CreateVersion7(), Now, Now, 1), Guid.CreateVersion7(), "a", "o", null, from, null);

        if (allowed)
        {
            mitigation.TransitionTo(to, Now);
            Assert.That(mitigation.Status, Is.EqualTo(to));
        }
        else
        {
            var refusal = Assert.Throws<BusinessRuleException>(() => mitigation.TransitionTo(to, Now));
            Assert.That(refusal!.Code, Is.EqualTo("mitigation.invalid-transition"));
        }
    }

    [Test]
    public void Completing_a_mitigation_records_when()
    {
        var mitigation = Planned();
        mitigation.TransitionTo(MitigationStatus.InProgress, Now);

        mitigation.TransitionTo(MitigationStatus.Done, Now.AddDays(2));

        Assert.That(mitigation.CompletedAt, Is.EqualTo(Now.AddDays(2)));
    }

    [Test]
    public void Only_open_mitigations_due_before_today_are_overdue()
    {
        var late = Planned(Today.AddDays(-1));
        var dueToday = Planned(Today);
        var undated = Planned();
        var lateButCancelled = Planned(Today.AddDays(-3));
        lateButCancelled.TransitionTo(MitigationStatus.Cancelled, Now);

        Assert.Multiple(() =>
        {
            Assert.That(late.IsOverdue(Today), Is.True);
            Assert.That(dueToday.IsOverdue(Today), Is.False);
            Assert.That(undated.IsOverdue(Today), Is.False);
            Assert.That(lateButCancelled.IsOverdue(Today), Is.False);
        });
    }

    [Test]
    public void A_closed_risk_takes_no_mitigation()
    {
        var refusal = Assert.Throws<BusinessRuleException>(() => Mitigation.Plan(Guid.CreateVersion7(), RiskStatus.Closed, "a", "o", null, Now));

        Assert.That(refusal!.Code, Is.EqualTo("risk.closed"));
    }
}
