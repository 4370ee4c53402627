using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Domain.Budgets;
using OpsPlan.Modules.Finance.Domain.CostCenters;

namespace OpsPlan.Modules.Finance.Application.Budgets.CreateBudget;

internal sealed class CreateBudgetCommandHandler(IBudgetRepository budgets, ICostCenterRepository costCenters, IClock clock)
    : ICommandHandler<CreateBudgetCommand, BudgetDto>
{
    public async Task<BudgetDto> Handle(CreateBudgetCommand request, CancellationToken cancellationToken)
    {
        var costCenter = await costCenters.FindAsync(request.CostCenterId, cancellationToken)
            ?? throw RequestValidationException.For("costCenterId", "No cost center has this id.");
        if (costCenter.Archived)
        {
            throw new BusinessRuleException("finance.cost-center-archived", $"Cost center {costCenter.Code} is archived and takes no new budgets.");
        }

        var period = FiscalPeriod.Parse(request.Period);
        if (await budgets.PeriodTakenAsync(costCenter.Id, period.Text, cancellationToken))
        {
            throw new BusinessRuleException("finance.duplicate-budget", $"Cost center {costCenter.Code} has a budget for {period.Text} already.",
                ["Edit that budget while it is a draft, or revise it once approved."]);
        }

        var budget = Budget.Draft(costCenter.Id, period, request.Currency, request.WarningThresholdPercent,
            BudgetRules.InCurrency(request.Lines, request.Currency), clock.UtcNow);
        await budgets.AddAsync(budget, cancellationToken);
        return BudgetRow.ToDto(budget);
    }
}
