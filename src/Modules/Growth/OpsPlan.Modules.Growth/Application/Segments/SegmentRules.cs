using System.Linq.Expressions;
using OpsPlan.Modules.Growth.Application.Segments.Rules;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments;

/// <summary>The checks a segment's fields share across create, replace and preview.</summary>
internal static class SegmentRules
{
    public const string DuplicateName = "growth.duplicate-segment-name";
    public const string InUse = "growth.segment-in-use";

    public static void SegmentFields<T>(this AbstractValidator<T> validator, Expression<Func<T, string>> name, Expression<Func<T, string?>> description)
    {
        validator.RuleFor(name).NotEmpty().MaximumLength(200).SingleLine();
        validator.RuleFor(description).MaximumLength(4000);
    }

    /// <summary>Every error of the rule at once, each named by its path (<c>rule.groups[0].conditions[1].field</c>).</summary>
    public static void ValidRule<T>(this AbstractValidator<T> validator, Expression<Func<T, SegmentRule?>> rule, string currency) =>
        validator.RuleFor(rule).Custom((value, context) =>
        {
            foreach (var (path, messages) in SegmentRuleCompiler.Check(value, "rule", currency))
            {
                foreach (var message in messages)
                {
                    context.AddFailure(path, message);
                }
            }
        });

    public static BusinessRuleException NameTaken() =>
        new(DuplicateName, "Another segment has this name.", ["Choose another name, or change the segment that has it."]);
}
