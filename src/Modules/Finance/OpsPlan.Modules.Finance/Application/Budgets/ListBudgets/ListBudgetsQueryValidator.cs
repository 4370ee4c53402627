using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.ListBudgets;

internal sealed class ListBudgetsQueryValidator : ListQueryValidator<ListBudgetsQuery>
{
    public ListBudgetsQueryValidator()
    {
        RuleFor(query => query.Period).MaximumLength(7).Must(period => FiscalPeriod.TryParse(period, out _)).When(query => query.Period is not null)
            .WithMessage($"A period is {FiscalPeriod.Format}.");
        RuleForEach(query => query.Status).IsInEnum();
    }
}
