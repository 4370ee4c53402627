using OpsPlan.Modules.Finance.Contracts.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.UpdateBudget;

internal sealed class UpdateBudgetCommandValidator : AbstractValidator<UpdateBudgetCommand>
{
    public UpdateBudgetCommandValidator()
    {
        RuleFor(command => command.WarningThresholdPercent).WarningThreshold();
        this.BudgetLines(command => command.Lines, allowZero: false);
    }
}
