using OpsPlan.Modules.Skeleton.Contracts.Widgets;

namespace OpsPlan.Modules.Skeleton.Application.Widgets.ListWidgets;

internal sealed class ListWidgetsQueryValidator : ListQueryValidator<ListWidgetsQuery>
{
    public ListWidgetsQueryValidator() => RuleFor(query => query.Name).MaximumLength(200);
}
