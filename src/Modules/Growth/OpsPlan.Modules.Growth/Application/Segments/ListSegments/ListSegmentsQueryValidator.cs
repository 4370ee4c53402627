using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.ListSegments;

internal sealed class ListSegmentsQueryValidator : ListQueryValidator<ListSegmentsQuery>
{
    public ListSegmentsQueryValidator() => RuleFor(query => query.Name).MaximumLength(200);
}
