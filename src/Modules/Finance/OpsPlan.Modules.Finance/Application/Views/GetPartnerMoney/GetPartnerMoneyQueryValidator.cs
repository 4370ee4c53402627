using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Finance.Application.Views.GetPartnerMoney;

internal sealed class GetPartnerMoneyQueryValidator : AbstractValidator<GetPartnerMoneyQuery>
{
    public GetPartnerMoneyQueryValidator()
    {
        RuleFor(query => query.From).WithinDateBounds();
        RuleFor(query => query.To).WithinDateBounds().GreaterThanOrEqualTo(query => query.From).WithMessage("to is on or after from.");
    }
}
