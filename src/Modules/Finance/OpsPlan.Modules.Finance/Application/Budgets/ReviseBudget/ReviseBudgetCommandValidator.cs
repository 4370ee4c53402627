using OpsPlan.Modules.Finance.Contracts.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.ReviseBudget;

internal sealed class ReviseBudgetCommandValidator : AbstractValidator<ReviseBudgetCommand>
{
    public ReviseBudgetCommandValidator()
    {
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(BudgetRules.ReasonMaxLength);
        this.BudgetLines(command => command.Lines, allowZero: true);
    }
}
