using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Domain.Incidents;

namespace OpsPlan.UnitTests.Risk.Incidents;

public sealed class IncidentTests
{
    private static readonly DateTime Detected = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    private static Incident Open() => Incident.Open("Outage", null, IncidentType.Outage, IncidentSeverity.Sev1, "commander", Detected, Detected);

    private static Incident Recovered()
    {
        var incident = Open();
        var at = Detected;
        foreach (var step in new[] { IncidentStatus.Confirmed, IncidentStatus.Responding, IncidentStatus.Repairing, IncidentStatus.Recovered })
        {
            at = at.AddMinutes(15);
            incident.TransitionTo(step, null, "responder", at);
        }

        return incident;
    }

    [Test]
    public void Each_step_stamps_its_time_and_the_times_to_confirm_and_recover_follow()
    {
        var incident = Recovered();

        Assert.Multiple(() =>
        {
            Assert.That(incident.TimeToConfirmMinutes, Is.EqualTo(15));
            Assert.That(incident.TimeToRecoverMinutes, Is.EqualTo(60));
            Assert.That(incident.Version, Is.EqualTo(1), "never saved: every step still goes into the first insert");
        });
    }

    [Test]
    public void A_step_returns_the_timeline_entry_that_records_it()
    {
        var entry = Open().TransitionTo(IncidentStatus.Confirmed, "Reproduced.", "responder", Detected.AddMinutes(3));

        Assert.Multiple(() =>
        {
            Assert.That(entry.Kind, Is.EqualTo(TimelineEntryKind.StatusChange));
            Assert.That(entry.Entry, Is.EqualTo("Status detected → confirmed. Reproduced."));
            Assert.That(entry.Author, Is.EqualTo("responder"));
        });
    }

    [TestCase(IncidentStatus.Responding)]
    [TestCase(IncidentStatus.Detected)]
    [TestCase(IncidentStatus.Closed)]
    public void Only_the_next_step_is_allowed(IncidentStatus target)
    {
        var refusal = Assert.Throws<BusinessRuleException>(() => Open().TransitionTo(target, null, "r", Detected));

        Assert.That(refusal!.Code, Is.EqualTo("incident.invalid-transition"));
    }

    [Test]
    public void Closing_needs_a_post_mortem_and_then_nothing_changes()
    {
        var incident = Recovered();
        var refusal = Assert.Throws<BusinessRuleException>(() => incident.TransitionTo(IncidentStatus.Closed, null, "r", Detected.AddHours(2)));
        incident.RecordPostMortem(new PostMortem("cause", "lessons", ["action"]), Detected.AddHours(2));

        incident.TransitionTo(IncidentStatus.Closed, null, "r", Detected.AddHours(3));

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.Code, Is.EqualTo("incident.post-mortem-required"));
            Assert.That(incident.ClosedAt, Is.EqualTo(Detected.AddHours(3)));
            Assert.That(Assert.Throws<BusinessRuleException>(() => incident.AddNote("late", Detected, "r"))!.Code, Is.EqualTo("incident.closed"));
            Assert.That(Assert.Throws<BusinessRuleException>(() => incident.LinkRisk(Guid.CreateVersion7(), Detected))!.Code, Is.EqualTo("incident.closed"));
        });
    }

    [Test]
    public void Linking_a_risk_twice_changes_nothing_the_second_time()
    {
        var incident = Incident.Restore(AggregateState.Loaded(Guid.CreateVersion7(), Detected, Detected, 3), "Outage", null, IncidentType.Outage,
            IncidentSeverity.Sev1, IncidentStatus.Detected, "commander", Detected, null, null, null, null, []);
        var riskId = Guid.CreateVersion7();

        var first = incident.LinkRisk(riskId, Detected);
        var second = incident.LinkRisk(riskId, Detected);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.True);
            Assert.That(second, Is.False);
            Assert.That(incident.LinkedRiskIds, Is.EqualTo(new[] { riskId }));
            Assert.That(incident.Version, Is.EqualTo(4));
        });
    }
}
