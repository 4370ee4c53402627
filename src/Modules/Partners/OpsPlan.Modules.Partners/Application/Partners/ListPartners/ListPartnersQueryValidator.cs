using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.ListPartners;

internal sealed class ListPartnersQueryValidator : ListQueryValidator<ListPartnersQuery>
{
    public ListPartnersQueryValidator()
        : base(PartnerSorting.Keys)
    {
        RuleForEach(query => query.Type).IsInEnum();
        RuleForEach(query => query.Status).IsInEnum();
        RuleForEach(query => query.Tier).IsInEnum();
        RuleFor(query => query.Country).Must(Countries.IsKnown).When(query => query.Country is not null).WithMessage(Countries.Explanation);
    }
}
