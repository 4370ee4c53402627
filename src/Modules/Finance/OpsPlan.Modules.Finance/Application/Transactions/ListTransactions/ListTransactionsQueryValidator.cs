using OpsPlan.Modules.Finance.Contracts.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.ListTransactions;

internal sealed class ListTransactionsQueryValidator : ListQueryValidator<ListTransactionsQuery>
{
    public ListTransactionsQueryValidator()
        : base(TransactionSorting.Keys)
    {
        RuleForEach(query => query.Category).IsInEnum();
        RuleForEach(query => query.Direction).IsInEnum();
        RuleFor(query => query.ExternalId).MaximumLength(TextRules.ExternalIdMaxLength);
        RuleFor(query => query.To).Must((query, to) => to >= query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("'to' is on or after 'from'.");
    }
}
