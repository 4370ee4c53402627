using OpsPlan.Modules.Finance.Contracts.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.TransitionBudgetStatus;

internal sealed class TransitionBudgetStatusCommandValidator : AbstractValidator<TransitionBudgetStatusCommand>
{
    public TransitionBudgetStatusCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Reason).MaximumLength(BudgetRules.ReasonMaxLength);
    }
}
