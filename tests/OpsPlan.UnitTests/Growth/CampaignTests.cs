using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.UnitTests.Growth;

/// <summary>The campaign workflow: what a user may ask for, and how the schedule moves the status by itself.</summary>
public sealed class CampaignTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly CampaignPlan Complete = new("Spring", CampaignGoal.Upsell, ActivityType.Purchase, Guid.CreateVersion7(), null, null,
        Now.AddDays(1), Now.AddDays(8), Money.Of(100m, "EUR"), null);

    [Test]
    public void A_scheduled_campaign_runs_at_its_start_and_completes_at_its_end_with_the_schedules_times()
    {
        var campaign = Campaign.Draft(Complete, Now);
        campaign.TransitionTo(CampaignStatus.Scheduled, Now);

        Assert.Multiple(() =>
        {
            Assert.That(campaign.StatusAt(Now.AddHours(23)).Status, Is.EqualTo(CampaignStatus.Scheduled));
            Assert.That(campaign.StatusAt(Now.AddDays(2)), Is.EqualTo((CampaignStatus.Running, Complete.StartsAt!.Value)));
            Assert.That(campaign.StatusAt(Now.AddDays(30)), Is.EqualTo((CampaignStatus.Completed, Complete.EndsAt!.Value)), "a late sweep keeps the schedule's time");
            Assert.That(campaign.Advance(Now.AddDays(30)), Is.True);
            Assert.That(campaign.StatusChanges.Select(change => change.To), Is.EqualTo(new[] { CampaignStatus.Scheduled, CampaignStatus.Running, CampaignStatus.Completed }));
            Assert.That(campaign.StatusDueAt, Is.Null);
        });
    }

    [Test]
    public void Scheduling_after_the_start_runs_at_once_and_an_ended_schedule_cannot_be_scheduled()
    {
        var late = Campaign.Draft(Complete, Now);
        late.TransitionTo(CampaignStatus.Scheduled, Now.AddDays(2));
        var ended = Campaign.Draft(Complete, Now);

        var refusal = Assert.Throws<BusinessRuleException>(() => ended.TransitionTo(CampaignStatus.Scheduled, Now.AddDays(9)))!;
        Assert.Multiple(() =>
        {
            Assert.That(late.Status, Is.EqualTo(CampaignStatus.Running));
            Assert.That(late.StatusChangedAt, Is.EqualTo(Now.AddDays(2)), "it cannot have started running before it was scheduled");
            Assert.That(refusal.Code, Is.EqualTo("growth.invalid-transition"));
            Assert.That(refusal.Reasons.Single(), Does.Contain("endsAt"));
        });
    }

    [TestCase(CampaignStatus.Running)]
    [TestCase(CampaignStatus.Completed)]
    public void The_schedules_own_moves_cannot_be_asked_for(CampaignStatus target)
    {
        var campaign = Campaign.Draft(Complete, Now);
        campaign.TransitionTo(CampaignStatus.Scheduled, Now);

        var refusal = Assert.Throws<BusinessRuleException>(() => campaign.TransitionTo(target, Now))!;
        Assert.That(refusal.Reasons, Has.Some.Contains("by itself"));
    }

    [Test]
    public void A_cancelled_campaign_is_final_and_only_a_draft_is_edited()
    {
        var campaign = Campaign.Draft(Complete, Now);
        campaign.TransitionTo(CampaignStatus.Scheduled, Now);

        Assert.That(Assert.Throws<BusinessRuleException>(() => campaign.Replan(Complete with { Name = "Other" }, Now))!.Code, Is.EqualTo("growth.campaign-not-draft"));
        campaign.TransitionTo(CampaignStatus.Cancelled, Now);
        Assert.Multiple(() =>
        {
            Assert.That(campaign.StatusAt(Now.AddDays(30)).Status, Is.EqualTo(CampaignStatus.Cancelled), "a cancelled campaign no longer follows its schedule");
            Assert.That(Assert.Throws<BusinessRuleException>(() => campaign.TransitionTo(CampaignStatus.Draft, Now))!.Reasons.Single(), Does.Contain("final"));
        });
    }
}
