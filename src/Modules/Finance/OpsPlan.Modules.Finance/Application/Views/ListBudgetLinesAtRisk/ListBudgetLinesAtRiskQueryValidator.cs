using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Finance.Application.Views.ListBudgetLinesAtRisk;

internal sealed class ListBudgetLinesAtRiskQueryValidator : AbstractValidator<ListBudgetLinesAtRiskQuery>
{
    public ListBudgetLinesAtRiskQueryValidator()
    {
        RuleFor(query => query.From).WithinDateBounds();
        RuleFor(query => query.To).WithinDateBounds().GreaterThanOrEqualTo(query => query.From).WithMessage("to is on or after from.");
    }
}
