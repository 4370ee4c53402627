using OpsPlan.Modules.Growth.Contracts.Points;

namespace OpsPlan.Modules.Growth.Application.Points.ListPointsEntries;

internal sealed class ListPointsEntriesQueryValidator : ListQueryValidator<ListPointsEntriesQuery>
{
    public ListPointsEntriesQueryValidator() => RuleFor(query => query.Kind).IsInEnum();
}
