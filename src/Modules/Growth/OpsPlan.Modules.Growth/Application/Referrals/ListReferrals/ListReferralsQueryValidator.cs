using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.ListReferrals;

internal sealed class ListReferralsQueryValidator : ListQueryValidator<ListReferralsQuery>
{
    public ListReferralsQueryValidator() => RuleFor(query => query.Status).IsInEnum();
}
