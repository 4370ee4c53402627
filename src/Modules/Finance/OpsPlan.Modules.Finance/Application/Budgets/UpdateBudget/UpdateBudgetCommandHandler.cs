using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.UpdateBudget;

internal sealed class UpdateBudgetCommandHandler(IBudgetRepository budgets, IClock clock) : ICommandHandler<UpdateBudgetCommand, BudgetDto>
{
    public async Task<BudgetDto> Handle(UpdateBudgetCommand request, CancellationToken cancellationToken)
    {
        var budget = await budgets.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        budget.Replace(request.WarningThresholdPercent, BudgetRules.InCurrency(request.Lines, budget.Currency), clock.UtcNow);
        await budgets.UpdateAsync(budget, cancellationToken);
        return BudgetRow.ToDto(budget);
    }
}
