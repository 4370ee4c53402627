using OpsPlan.Modules.Growth.Domain.Stages;

namespace OpsPlan.Modules.Growth.Application;

/// <summary>The <c>Growth</c> configuration section: the lifecycle windows, the currency of customer value, the re-evaluation schedule.</summary>
internal sealed class GrowthOptions
{
    public const string Section = "Growth";

    /// <summary>A customer who signed up less than this many days ago is <c>new</c>; a reactivated one stays so this long.</summary>
    public int NewCustomerDays { get; set; } = 30;

    /// <summary>No activity for this many days: <c>at-risk</c>.</summary>
    public int AtRiskAfterDays { get; set; } = 30;

    /// <summary>No activity for this many days: <c>churned</c>.</summary>
    public int ChurnedAfterDays { get; set; } = 90;

    /// <summary>The currency of event values and lifetime value; a value in another currency fails its event.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>How often stages are re-evaluated as time passes.</summary>
    public TimeSpan StageReevaluationInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often campaigns are moved along their schedules (a read never waits for it: see the campaign handlers).</summary>
    public TimeSpan CampaignScheduleInterval { get; set; } = TimeSpan.FromMinutes(1);

    public StageWindows Windows => new(TimeSpan.FromDays(NewCustomerDays), TimeSpan.FromDays(AtRiskAfterDays), TimeSpan.FromDays(ChurnedAfterDays));
}
