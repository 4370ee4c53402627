using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Stages;

/// <summary>
/// The lifecycle rule. With idle = now − (last activity, or sign-up when there is none):
/// idle ≥ churned-after → churned; idle ≥ at-risk-after → at-risk; was churned → reactivated; reactivated less than
/// new-customer-days ago → still reactivated; signed up less than new-customer-days ago → new; otherwise active.
/// </summary>
internal sealed record StageWindows(TimeSpan NewCustomer, TimeSpan AtRiskAfter, TimeSpan ChurnedAfter)
{
    public LifecycleStage StageAt(DateTime now, StageFacts facts)
    {
        var idle = now - (facts.LastActiveAt ?? facts.SignedUpAt);
        if (idle >= ChurnedAfter)
        {
            return LifecycleStage.Churned;
        }

        if (idle >= AtRiskAfter)
        {
            return LifecycleStage.AtRisk;
        }

        if (facts.Current == LifecycleStage.Churned
            || (facts.Current == LifecycleStage.Reactivated && now - facts.StageChangedAt < NewCustomer))
        {
            return LifecycleStage.Reactivated;
        }

        return now - facts.SignedUpAt < NewCustomer ? LifecycleStage.New : LifecycleStage.Active;
    }

    /// <summary>When the passing of time alone would next change <paramref name="stage"/>; null when it never would (churned).</summary>
    public DateTime? NextChangeAt(LifecycleStage stage, StageFacts facts)
    {
        var activity = facts.LastActiveAt ?? facts.SignedUpAt;
        return stage switch
        {
            LifecycleStage.Churned => null,
            LifecycleStage.AtRisk => activity + ChurnedAfter,
            LifecycleStage.New => Earlier(facts.SignedUpAt + NewCustomer, activity + AtRiskAfter),
            LifecycleStage.Reactivated => Earlier(facts.StageChangedAt + NewCustomer, activity + AtRiskAfter),
            _ => activity + AtRiskAfter,
        };
    }

    private static DateTime Earlier(DateTime first, DateTime second) => first <= second ? first : second;
}

/// <summary>What the stage rule reads of a customer.</summary>
internal sealed record StageFacts(LifecycleStage? Current, DateTime StageChangedAt, DateTime SignedUpAt, DateTime? LastActiveAt);
