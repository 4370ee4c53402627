using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.TransitionBudgetStatus;

/// <summary>Moves a budget along its workflow; approving one checks its lines against the actuals booked so far.</summary>
internal sealed class TransitionBudgetStatusCommandHandler(IBudgetRepository budgets, BudgetAlerts alerts, IClock clock)
    : ICommandHandler<TransitionBudgetStatusCommand, BudgetDto>
{
    public async Task<BudgetDto> Handle(TransitionBudgetStatusCommand request, CancellationToken cancellationToken)
    {
        var budget = await budgets.GetAsync(request.BudgetId, request.ExpectedVersion, cancellationToken);
        budget.TransitionTo(request.Status!.Value, clock.UtcNow);
        await budgets.UpdateAsync(budget, cancellationToken);
        if (budget.Status == BudgetStatus.Approved)
        {
            await alerts.EvaluateAsync(budget, cancellationToken);
        }

        return BudgetRow.ToDto(budget);
    }
}
