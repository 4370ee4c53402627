using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.ListOverdueTasks;

internal sealed class ListOverdueTasksQueryValidator : AbstractValidator<ListOverdueTasksQuery>
{
    public ListOverdueTasksQueryValidator() => RuleFor(query => query.Owner).MaximumLength(200);
}
