using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.CreateBudget;

internal sealed class CreateBudgetCommandValidator : AbstractValidator<CreateBudgetCommand>
{
    public CreateBudgetCommandValidator()
    {
        RuleFor(command => command.CostCenterId).NotEmpty();
        RuleFor(command => command.Period).NotEmpty().MaximumLength(7).Must(period => FiscalPeriod.TryParse(period, out _))
            .WithMessage($"A period is {FiscalPeriod.Format}.");
        RuleFor(command => command.Currency).NotEmpty().Must(Money.IsCurrencyCode).WithMessage(Currencies.Explanation);
        RuleFor(command => command.WarningThresholdPercent!.Value).WarningThreshold().When(command => command.WarningThresholdPercent is not null);
        this.BudgetLines(command => command.Lines, allowZero: false);
    }
}
