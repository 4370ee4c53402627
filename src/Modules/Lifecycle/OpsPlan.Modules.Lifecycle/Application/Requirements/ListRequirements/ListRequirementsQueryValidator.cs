using OpsPlan.Modules.Lifecycle.Contracts.Requirements;
using OpsPlan.Modules.Lifecycle.Domain.Releases;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements.ListRequirements;

internal sealed class ListRequirementsQueryValidator : ListQueryValidator<ListRequirementsQuery>
{
    public ListRequirementsQueryValidator()
        : base(RequirementSorting.Keys)
    {
        RuleForEach(query => query.Status).IsInEnum();
        RuleForEach(query => query.Priority).IsInEnum();
        RuleFor(query => query.TargetVersion).Must(SemanticVersion.IsValid).When(query => query.TargetVersion is not null).WithMessage(SemanticVersion.Explanation);
    }
}
