using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Stages;

namespace OpsPlan.UnitTests.Growth;

/// <summary>The lifecycle rule at the edges of its windows (new 30 days, at-risk after 30 idle, churned after 90).</summary>
public sealed class StageWindowsTests
{
    private static readonly StageWindows Windows = new(TimeSpan.FromDays(30), TimeSpan.FromDays(30), TimeSpan.FromDays(90));
    private static readonly DateTime SignedUp = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static LifecycleStage At(int days, LifecycleStage? current = null, int? lastActiveDay = null, int stageChangedDay = 0) =>
        Windows.StageAt(SignedUp.AddDays(days), new StageFacts(current, SignedUp.AddDays(stageChangedDay), SignedUp, lastActiveDay is { } day ? SignedUp.AddDays(day) : null));

    [TestCase(0, null, ExpectedResult = LifecycleStage.New)]
    [TestCase(29, 25, ExpectedResult = LifecycleStage.New)]
    [TestCase(30, 25, ExpectedResult = LifecycleStage.Active)]
    [TestCase(30, null, ExpectedResult = LifecycleStage.AtRisk)]
    [TestCase(55, 25, ExpectedResult = LifecycleStage.AtRisk)]
    [TestCase(114, 25, ExpectedResult = LifecycleStage.AtRisk)]
    [TestCase(115, 25, ExpectedResult = LifecycleStage.Churned)]
    public LifecycleStage Idle_time_decides_the_stage(int day, int? lastActiveDay) => At(day, LifecycleStage.Active, lastActiveDay);

    [Test]
    public void A_churned_customer_active_again_is_reactivated_for_the_new_customer_window_then_active()
    {
        Assert.Multiple(() =>
        {
            Assert.That(At(200, LifecycleStage.Churned, lastActiveDay: 200), Is.EqualTo(LifecycleStage.Reactivated));
            Assert.That(At(229, LifecycleStage.Reactivated, lastActiveDay: 210, stageChangedDay: 200), Is.EqualTo(LifecycleStage.Reactivated));
            Assert.That(At(230, LifecycleStage.Reactivated, lastActiveDay: 210, stageChangedDay: 200), Is.EqualTo(LifecycleStage.Active));
            Assert.That(At(240, LifecycleStage.Reactivated, lastActiveDay: 200, stageChangedDay: 200), Is.EqualTo(LifecycleStage.AtRisk));
        });
    }

    [Test]
    public void The_next_change_by_time_alone_is_the_first_window_to_close()
    {
        var facts = new StageFacts(LifecycleStage.New, SignedUp, SignedUp, SignedUp.AddDays(20));

        Assert.Multiple(() =>
        {
            Assert.That(Windows.NextChangeAt(LifecycleStage.New, facts), Is.EqualTo(SignedUp.AddDays(30)), "sign-up window before the idle window");
            Assert.That(Windows.NextChangeAt(LifecycleStage.Active, facts), Is.EqualTo(SignedUp.AddDays(50)));
            Assert.That(Windows.NextChangeAt(LifecycleStage.AtRisk, facts), Is.EqualTo(SignedUp.AddDays(110)));
            Assert.That(Windows.NextChangeAt(LifecycleStage.Churned, facts), Is.Null, "only activity ends churn");
        });
    }
}
