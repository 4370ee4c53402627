using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.ReviseBudget;

/// <summary>Revises an approved budget and re-checks its lines, since a smaller line may now be over its threshold.</summary>
internal sealed class ReviseBudgetCommandHandler(IBudgetRepository budgets, BudgetAlerts alerts, ICurrentUser user, IClock clock)
    : ICommandHandler<ReviseBudgetCommand, BudgetRevisionDto>
{
    public async Task<BudgetRevisionDto> Handle(ReviseBudgetCommand request, CancellationToken cancellationToken)
    {
        var budget = await budgets.GetAsync(request.BudgetId, request.ExpectedVersion, cancellationToken);
        var revision = budget.Revise(BudgetRules.InCurrency(request.Lines, budget.Currency), request.Reason, user.Id, clock.UtcNow);
        await budgets.UpdateAsync(budget, cancellationToken);
        await budgets.AddRevisionAsync(revision, cancellationToken);
        await alerts.EvaluateAsync(budget, cancellationToken);
        return BudgetRevisionRows.ToDto(revision);
    }
}
