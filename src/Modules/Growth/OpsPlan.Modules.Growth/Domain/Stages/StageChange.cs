using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Stages;

/// <summary>One move of a customer from one stage to another; <see cref="From"/> is null for the stage it started in.</summary>
internal sealed record StageChange(Guid Id, Guid CustomerId, LifecycleStage? From, LifecycleStage To, DateTime ChangedAt, string Reason)
{
    public const string ReasonSignedUp = "signed-up";
    public const string ReasonActivity = "activity";
    public const string ReasonTime = "time";
    public const string ReasonProfile = "profile";
}
