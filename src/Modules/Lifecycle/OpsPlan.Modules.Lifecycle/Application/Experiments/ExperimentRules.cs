using System.Text.RegularExpressions;
using OpsPlan.Modules.Lifecycle.Contracts.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments;

/// <summary>The checks an experiment's design shares across create and replace.</summary>
internal static partial class ExperimentRules
{
    public const int MaxVariants = 10;
    public const int MaxSampleSize = 100_000_000;

    /// <summary>One experiment of one product (<c>@Id</c>, <c>@ProductId</c>).</summary>
    public const string OneSql = ExperimentRow.SelectFromSql + " WHERE id = @Id AND product_id = @ProductId";

    public static void DesignFields<T>(this AbstractValidator<T> validator, Func<T, ExperimentRequest> fields)
    {
        validator.RuleFor(command => fields(command).Name).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("name");
        validator.RuleFor(command => fields(command).Hypothesis).NotEmpty().MaximumLength(2000).OverridePropertyName("hypothesis");
        validator.RuleFor(command => fields(command).Metric).NotEmpty().MaximumLength(100).SingleLine().OverridePropertyName("metric");
        validator.RuleFor(command => fields(command).Variants).Cascade(CascadeMode.Stop).NotNull().Must(variants => variants.Count is >= 2 and <= MaxVariants)
            .WithMessage($"An experiment has 2 to {MaxVariants} variants; the first is the control.").OverridePropertyName("variants");
        validator.RuleFor(command => fields(command).Variants).Must(variants => variants.Distinct(StringComparer.Ordinal).Count() == variants.Count)
            .When(command => fields(command).Variants is not null).WithMessage("Variant names are distinct.").OverridePropertyName("variants");
        validator.RuleForEach(command => fields(command).Variants).Must(name => name is not null && VariantName().IsMatch(name))
            .When(command => fields(command).Variants is not null)
            .WithMessage("A variant name is 1-40 lower-case letters, digits and hyphens, such as control or b.").OverridePropertyName("variants");
        validator.RuleFor(command => fields(command).MinimumSampleSize).InclusiveBetween(1, MaxSampleSize).OverridePropertyName("minimumSampleSize");
    }

    public static ExperimentDesign DesignOf(ExperimentRequest fields, int defaultSampleSize) =>
        new(fields.Name, fields.Hypothesis, fields.Metric, fields.MinimumSampleSize ?? defaultSampleSize);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex VariantName();
}
