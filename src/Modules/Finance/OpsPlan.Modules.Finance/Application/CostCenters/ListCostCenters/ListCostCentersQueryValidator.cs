using OpsPlan.Modules.Finance.Contracts.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters.ListCostCenters;

internal sealed class ListCostCentersQueryValidator : ListQueryValidator<ListCostCentersQuery>
{
    public ListCostCentersQueryValidator()
        : base(CostCenterSorting.Keys)
    {
        RuleFor(query => query.Code).MaximumLength(20);
        RuleFor(query => query.Roots).Must(roots => roots != true).When(query => query.ParentId is not null)
            .WithMessage("Ask for the roots or for one parent's children, not both.");
    }
}
