namespace OpsPlan.Modules.Risk.Application.Risks;

/// <summary>Field rules that several risk commands share.</summary>
internal static class RiskRules
{
    public const int TitleMaxLength = 200;
    public const int OwnerMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int RationaleMaxLength = 2000;

    public static IRuleBuilderOptions<T, string> RiskTitle<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(TitleMaxLength).SingleLine();

    public static IRuleBuilderOptions<T, string> RiskOwner<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(OwnerMaxLength).SingleLine();

    public static IRuleBuilderOptions<T, string?> RiskDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(DescriptionMaxLength);

    public static IRuleBuilderOptions<T, int> ScoreFactor<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, 5);

    public static IRuleBuilderOptions<T, int?> OptionalScoreFactor<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, 5);

    /// <summary>Residual likelihood and impact come as a pair, or not at all.</summary>
    public static void ResidualPair<T>(this AbstractValidator<T> validator, Func<T, int?> likelihood, Func<T, int?> impact)
    {
        validator.RuleFor(command => likelihood(command)).OptionalScoreFactor().OverridePropertyName("residualLikelihood");
        validator.RuleFor(command => impact(command)).OptionalScoreFactor().OverridePropertyName("residualImpact");
        validator.RuleFor(command => impact(command))
            .NotNull().When(command => likelihood(command) is not null)
            .WithMessage("Residual impact is required with residual likelihood.")
            .OverridePropertyName("residualImpact");
        validator.RuleFor(command => likelihood(command))
            .NotNull().When(command => impact(command) is not null)
            .WithMessage("Residual likelihood is required with residual impact.")
            .OverridePropertyName("residualLikelihood");
    }
}
