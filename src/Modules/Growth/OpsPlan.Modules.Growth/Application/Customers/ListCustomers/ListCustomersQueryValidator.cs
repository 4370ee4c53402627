using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.ListCustomers;

internal sealed class ListCustomersQueryValidator : ListQueryValidator<ListCustomersQuery>
{
    public ListCustomersQueryValidator()
    {
        RuleForEach(query => query.Stage).IsInEnum();
        RuleForEach(query => query.Tier).IsInEnum();
        RuleFor(query => query.Country).Must(Countries.IsKnown).WithMessage(Countries.Explanation).When(query => query.Country is not null);
        RuleFor(query => query.AcquisitionChannel).MaximumLength(100);
        RuleFor(query => query.ExternalId).MaximumLength(TextRules.ExternalIdMaxLength);
    }
}
