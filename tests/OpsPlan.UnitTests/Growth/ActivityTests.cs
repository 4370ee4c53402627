using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Activity;
using OpsPlan.Modules.Growth.Domain.Customers;
using OpsPlan.Modules.Growth.Domain.Stages;

namespace OpsPlan.UnitTests.Growth;

/// <summary>What a batch of activity writes: only the marks that are new, and a stage check time that never moves needlessly.</summary>
public sealed class ActivityTests
{
    private static readonly StageWindows Windows = new(TimeSpan.FromDays(30), TimeSpan.FromDays(30), TimeSpan.FromDays(90));
    private static readonly DateTime SignedUp = new(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Activity_that_changes_no_stage_keeps_the_earlier_check_time_and_the_check_then_stores_the_exact_one()
    {
        var customer = Customer.Register("c-1", new CustomerProfile(PersonalData.Erased, "DE", null, SignedUp, CustomerTier.Standard, false), Windows, SignedUp);
        var firstCheck = customer.Standing.StageDueAt;

        customer.RecordActivity(SignedUp.AddDays(10), [], Windows, SignedUp.AddDays(10));
        var keptCheck = customer.Standing.StageDueAt;
        customer.Reevaluate(Windows, SignedUp.AddDays(30), StageChange.ReasonTime);

        Assert.Multiple(() =>
        {
            Assert.That(firstCheck, Is.EqualTo(SignedUp.AddDays(30)), "a new customer is checked when the new-customer window closes");
            Assert.That(keptCheck, Is.EqualTo(firstCheck), "activity moved nothing earlier, so the stored time (and its index) stays");
            Assert.That(customer.Standing.Stage, Is.EqualTo(LifecycleStage.Active));
            Assert.That(customer.Standing.StageDueAt, Is.EqualTo(SignedUp.AddDays(40)), "at-risk 30 days after the last activity");
        });
    }

    [Test]
    public void A_batch_marks_only_the_days_and_months_its_customers_were_not_active_on_before()
    {
        var (before, fresh) = (Guid.NewGuid(), Guid.NewGuid());
        var today = new DateTime(2026, 7, 15, 10, 0, 0, DateTimeKind.Utc);
        ActivityEvent Event(Guid customer, DateTime at) => new(Guid.NewGuid(), Guid.NewGuid().ToString(), customer, ActivityType.Login, at, null, null, today);

        var marks = ActivityMarks.Of([Event(before, today), Event(before, today.AddHours(1)), Event(before, today.AddDays(-20)), Event(fresh, today)],
            customer => new MarkedCustomer(customer == before ? today.AddHours(-2) : null, customer == before ? new DateOnly(2025, 3, 1) : new DateOnly(2026, 7, 1)));

        Assert.Multiple(() =>
        {
            Assert.That(marks.Days, Is.EquivalentTo(new[] { (before, new DateOnly(2026, 6, 25)), (fresh, new DateOnly(2026, 7, 15)) }));
            Assert.That(marks.Months, Is.EquivalentTo(new[]
            {
                new MonthMark(before, new DateOnly(2026, 6, 1), new DateOnly(2025, 3, 1)),
                new MonthMark(fresh, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 1)),
            }), "each month mark carries the customer's sign-up month");
        });
    }
}
