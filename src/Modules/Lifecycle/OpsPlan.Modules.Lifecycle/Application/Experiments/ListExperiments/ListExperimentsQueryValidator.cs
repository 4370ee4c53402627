using OpsPlan.Modules.Lifecycle.Contracts.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.ListExperiments;

internal sealed class ListExperimentsQueryValidator : ListQueryValidator<ListExperimentsQuery>
{
    public ListExperimentsQueryValidator() => RuleForEach(query => query.Status).IsInEnum();
}
