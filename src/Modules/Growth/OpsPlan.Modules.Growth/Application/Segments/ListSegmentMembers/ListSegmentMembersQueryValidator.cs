using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.ListSegmentMembers;

internal sealed class ListSegmentMembersQueryValidator : ListQueryValidator<ListSegmentMembersQuery>;
