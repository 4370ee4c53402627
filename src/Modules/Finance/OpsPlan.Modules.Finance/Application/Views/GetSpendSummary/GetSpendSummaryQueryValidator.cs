using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Views.GetSpendSummary;

internal sealed class GetSpendSummaryQueryValidator : AbstractValidator<GetSpendSummaryQuery>
{
    public GetSpendSummaryQueryValidator()
    {
        RuleFor(query => query.Period).NotEmpty().MaximumLength(7).Must(period => FiscalPeriod.TryParse(period, out _))
            .WithMessage($"A period is {FiscalPeriod.Format}.");
        RuleFor(query => query.CostCenterId).NotEqual(Guid.Empty);
    }
}
