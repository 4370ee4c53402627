using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets;

internal static class BudgetRules
{
    public const int ReasonMaxLength = 2000;

    private const string ThresholdMessage = "A warning threshold is a percentage from 1 to 100 with at most 2 decimals.";

    public static IRuleBuilderOptions<T, decimal> WarningThreshold<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.InclusiveBetween(1m, 100m).WithMessage(ThresholdMessage)
            .PrecisionScale(5, 2, ignoreTrailingZeros: true).WithMessage(ThresholdMessage)
            .OverridePropertyName("warningThresholdPercent");

    /// <summary>Lines: one per category, non-negative amounts; <paramref name="allowZero"/> lets a revision remove a line with 0.</summary>
    public static void BudgetLines<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<BudgetLineDto>?> lines, bool allowZero)
    {
        validator.RuleFor(command => lines(command)).NotEmpty().Must(items => items is null || items.Count <= Enum.GetValues<SpendCategory>().Length)
            .WithMessage("A budget has at most one line per category.").OverridePropertyName("lines");
        validator.RuleFor(command => lines(command)).Must(items => items is null || items.Select(line => line?.Category).Distinct().Count() == items.Count)
            .WithMessage("Each category appears once.").OverridePropertyName("lines");
        validator.RuleForEach(command => lines(command)).NotNull().OverridePropertyName("lines").ChildRules(line =>
        {
            line.RuleFor(item => item.Category).IsInEnum();
            line.RuleFor(item => item.Amount.MinorUnits).GreaterThanOrEqualTo(0).OverridePropertyName("amount")
                .WithMessage("A budgeted amount is not negative.");
            line.RuleFor(item => item.Amount.MinorUnits).NotEqual(0).Unless(_ => allowZero).OverridePropertyName("amount")
                .WithMessage("A budgeted amount is above zero; leave out a category with no budget.");
        });
    }

    /// <summary>The lines as domain values; each amount must be in the budget's currency (400 otherwise).</summary>
    public static IReadOnlyList<(SpendCategory Category, Money Amount)> InCurrency(IReadOnlyList<BudgetLineDto> lines, string currency)
    {
        var wrong = lines.Select((line, index) => (line, index)).Where(pair => pair.line.Amount.Currency != currency).ToList();
        if (wrong.Count > 0)
        {
            throw new RequestValidationException(wrong.ToDictionary(
                pair => $"lines[{pair.index}].amount.currency", _ => new[] { $"Every line is in the budget's currency, {currency}." }));
        }

        return lines.Select(line => (line.Category, line.Amount)).ToList();
    }

}
