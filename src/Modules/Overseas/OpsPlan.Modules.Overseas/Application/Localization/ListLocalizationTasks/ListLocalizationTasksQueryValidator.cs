using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.ListLocalizationTasks;

internal sealed class ListLocalizationTasksQueryValidator : ListQueryValidator<ListLocalizationTasksQuery>
{
    public ListLocalizationTasksQueryValidator()
    {
        RuleForEach(query => query.Area).IsInEnum();
        RuleForEach(query => query.Status).IsInEnum();
    }
}
