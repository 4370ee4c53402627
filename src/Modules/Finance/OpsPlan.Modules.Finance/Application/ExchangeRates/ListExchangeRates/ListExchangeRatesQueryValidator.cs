using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates.ListExchangeRates;

internal sealed class ListExchangeRatesQueryValidator : ListQueryValidator<ListExchangeRatesQuery>
{
    public ListExchangeRatesQueryValidator()
    {
        RuleFor(query => query.Currency).Must(Money.IsCurrencyCode).When(query => query.Currency is not null)
            .WithMessage(Currencies.Explanation);
        RuleFor(query => query.To).Must((query, to) => to >= query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("'to' is on or after 'from'.");
    }
}
