using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.ListMarkets;

internal sealed class ListMarketsQueryValidator : ListQueryValidator<ListMarketsQuery>
{
    public ListMarketsQueryValidator()
        : base(MarketSorting.Keys)
    {
        RuleForEach(query => query.Stage).IsInEnum();
        RuleFor(query => query.Owner).MaximumLength(200);
        RuleFor(query => query.Country).Must(Countries.IsKnown).When(query => query.Country is not null).WithMessage(Countries.Explanation);
    }
}
