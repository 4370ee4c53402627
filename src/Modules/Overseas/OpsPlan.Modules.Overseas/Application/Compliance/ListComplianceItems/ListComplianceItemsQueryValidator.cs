using OpsPlan.Modules.Overseas.Contracts.Compliance;

namespace OpsPlan.Modules.Overseas.Application.Compliance.ListComplianceItems;

internal sealed class ListComplianceItemsQueryValidator : ListQueryValidator<ListComplianceItemsQuery>
{
    public ListComplianceItemsQueryValidator()
    {
        RuleForEach(query => query.Severity).IsInEnum();
        RuleForEach(query => query.Status).IsInEnum();
    }
}
