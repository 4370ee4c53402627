using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.GetMarketRanking;

internal sealed class GetMarketRankingQueryValidator : AbstractValidator<GetMarketRankingQuery>
{
    public GetMarketRankingQueryValidator()
    {
        RuleFor(query => query.By).IsInEnum();
        RuleFor(query => query.From).WithinDateBounds();
        RuleFor(query => query.To).WithinDateBounds();
        RuleFor(query => query.To).GreaterThanOrEqualTo(query => query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("to is on or after from.");
    }
}
