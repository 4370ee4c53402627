using OpsPlan.Modules.Partners.Contracts.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements.ListAgreements;

internal sealed class ListAgreementsQueryValidator : ListQueryValidator<ListAgreementsQuery>
{
    public ListAgreementsQueryValidator() => RuleForEach(query => query.Type).IsInEnum();
}
