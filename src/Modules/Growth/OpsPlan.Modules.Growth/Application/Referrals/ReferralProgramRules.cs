using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals;

/// <summary>The checks a programme's terms share across create and replace.</summary>
internal static class ReferralProgramRules
{
    public const string DuplicateName = "growth.duplicate-program-name";
    public const long MaxRewardPoints = 1_000_000;

    public static void TermsFields<T>(this AbstractValidator<T> validator, Func<T, ReferralTerms> terms)
    {
        validator.RuleFor(command => terms(command).Name).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("name");
        validator.RuleFor(command => terms(command).Reward).NotNull().OverridePropertyName("reward");
        validator.RuleFor(command => terms(command).Reward.Kind).NotNull().IsInEnum().When(command => terms(command).Reward is not null).OverridePropertyName("reward.kind");
        validator.RuleFor(command => terms(command).Reward.Points).NotNull().InclusiveBetween(1, MaxRewardPoints)
            .When(command => terms(command).Reward?.Kind == RewardKind.Points).WithMessage($"A points reward gives 1 to {MaxRewardPoints:N0} points.")
            .OverridePropertyName("reward.points");
        validator.RuleFor(command => terms(command).Reward.Points).Null().When(command => terms(command).Reward is { Kind: not RewardKind.Points })
            .WithMessage("Only a points reward gives points.").OverridePropertyName("reward.points");
        validator.RuleFor(command => terms(command).Reward.Detail).NotEmpty().When(command => terms(command).Reward is { Kind: not RewardKind.Points })
            .WithMessage("Name the coupon or gift.").OverridePropertyName("reward.detail");
        validator.RuleFor(command => terms(command).Reward.Detail).MaximumLength(1000).When(command => terms(command).Reward is not null)
            .OverridePropertyName("reward.detail");
        validator.RuleFor(command => terms(command).Reward.Value!.Value.MinorUnits).GreaterThan(0).When(command => terms(command).Reward?.Value is not null)
            .WithMessage("A reward's value is above zero.").OverridePropertyName("reward.value.amount");
        validator.RuleFor(command => terms(command).Trigger).IsInEnum().OverridePropertyName("trigger");
        validator.RuleFor(command => terms(command).PerReferrerCap).GreaterThanOrEqualTo(1).OverridePropertyName("perReferrerCap");
        validator.RuleFor(command => terms(command).ProgramCap).GreaterThanOrEqualTo(1).OverridePropertyName("programCap");
        validator.RuleFor(command => terms(command).PerReferrerCap).LessThanOrEqualTo(command => terms(command).ProgramCap)
            .When(command => terms(command) is { PerReferrerCap: not null, ProgramCap: not null })
            .WithMessage("A referrer's cap is no more than the programme's.").OverridePropertyName("perReferrerCap");
        validator.RuleFor(command => terms(command).StartsAt).Must(at => at >= DateBounds.EarliestMoment && at <= DateBounds.LatestMoment)
            .WithMessage(DateBounds.Explanation).OverridePropertyName("startsAt");
        validator.RuleFor(command => terms(command).EndsAt).Must((command, end) => end > terms(command).StartsAt && end <= DateBounds.LatestMoment)
            .When(command => terms(command).EndsAt is not null).WithMessage("A programme ends after it starts.").OverridePropertyName("endsAt");
    }

    public static ReferralTerms TermsOf(string name, ReferralReward reward, RewardTrigger? trigger, int? perReferrerCap, int? programCap, DateTime startsAt, DateTime? endsAt) =>
        new(name, reward, trigger ?? default, perReferrerCap, programCap, SystemClock.TruncateToMicroseconds(startsAt),
            endsAt is { } end ? SystemClock.TruncateToMicroseconds(end) : null);

    public static BusinessRuleException NameTaken() =>
        new(DuplicateName, "Another referral programme has this name.", ["Choose another name, or change the programme that has it."]);
}
