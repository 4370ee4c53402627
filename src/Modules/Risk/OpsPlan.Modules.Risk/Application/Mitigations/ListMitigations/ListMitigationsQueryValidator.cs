using OpsPlan.Modules.Risk.Contracts.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations.ListMitigations;

internal sealed class ListMitigationsQueryValidator : ListQueryValidator<ListMitigationsQuery>
{
    public ListMitigationsQueryValidator() => RuleFor(query => query.Owner).MaximumLength(MitigationRules.OwnerMaxLength);
}
