using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.Cash.ListCashAccounts;

internal sealed class ListCashAccountsQueryValidator : ListQueryValidator<ListCashAccountsQuery>
{
    public ListCashAccountsQueryValidator() =>
        RuleFor(query => query.Currency).Must(Money.IsCurrencyCode).When(query => query.Currency is not null)
            .WithMessage(Currencies.Explanation);
}
