using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Assessments;

namespace OpsPlan.Modules.Overseas.Application.Assessments.RecordAssessment;

/// <summary>Every factor exactly once, scored 1-5; weights (1-100, two places) on every factor summing to 100, or on none.</summary>
internal sealed class RecordAssessmentCommandValidator : AbstractValidator<RecordAssessmentCommand>
{
    private static readonly string EveryFactor =
        $"Each of the {Enum.GetValues<AssessmentFactor>().Length} factors exactly once: {string.Join(", ", Enum.GetValues<AssessmentFactor>().Select(EnumText.ToText))}.";

    public RecordAssessmentCommandValidator()
    {
        RuleFor(command => command.Fields.Factors).NotNull().OverridePropertyName("factors");
        RuleFor(command => command.Fields.Factors).Must(EachFactorOnce).When(command => command.Fields.Factors is not null).WithMessage(EveryFactor)
            .OverridePropertyName("factors");
        RuleFor(command => command.Fields.Factors).Must(WeighedOnAllOrNone).When(command => command.Fields.Factors is not null)
            .WithMessage("Weights go on every factor or on none (then the configured defaults apply).").OverridePropertyName("factors");
        RuleFor(command => command.Fields.Factors).Must(factors => factors.Sum(factor => factor.Weight) == 100)
            .When(command => command.Fields.Factors is { Count: > 0 } factors && factors.All(factor => factor?.Weight is not null))
            .WithMessage(command => $"The weights sum to 100 (percent), not {command.Fields.Factors.Sum(factor => factor.Weight)}.").OverridePropertyName("factors");
        RuleForEach(command => command.Fields.Factors).NotNull().OverridePropertyName("factors");
        RuleForEach(command => command.Fields.Factors).ChildRules(factor =>
        {
            factor.RuleFor(item => item.Factor).NotNull().IsInEnum();
            factor.RuleFor(item => item.Score).NotNull().InclusiveBetween(1, 5).WithMessage("A score is a whole number from 1 to 5.");
            factor.RuleFor(item => item.Weight).InclusiveBetween(1, 100).PrecisionScale(5, 2, true).WithMessage("A weight is 1 to 100 percent, at most two decimals.");
            factor.RuleFor(item => item.Evidence).MaximumLength(2000);
        }).OverridePropertyName("factors");
    }

    private static bool EachFactorOnce(IReadOnlyList<AssessmentFactorItem> factors) =>
        factors.Count == Enum.GetValues<AssessmentFactor>().Length && factors.Select(factor => factor?.Factor).Distinct().Count() == factors.Count;

    private static bool WeighedOnAllOrNone(IReadOnlyList<AssessmentFactorItem> factors) =>
        factors.All(factor => factor?.Weight is not null) || factors.All(factor => factor?.Weight is null);
}
