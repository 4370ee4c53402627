using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Finance.Application.Views.GetInflowsByMarket;

internal sealed class GetInflowsByMarketQueryValidator : AbstractValidator<GetInflowsByMarketQuery>
{
    public GetInflowsByMarketQueryValidator()
    {
        RuleFor(query => query.From).WithinDateBounds();
        RuleFor(query => query.To).WithinDateBounds().GreaterThanOrEqualTo(query => query.From).WithMessage("to is on or after from.");
    }
}
