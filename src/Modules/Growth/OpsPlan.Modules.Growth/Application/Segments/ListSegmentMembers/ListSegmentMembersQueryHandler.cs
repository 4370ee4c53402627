using OpsPlan.Modules.Growth.Contracts.Customers;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.ListSegmentMembers;

/// <summary>The customers the segment's rule matches now, newest first.</summary>
internal sealed class ListSegmentMembersQueryHandler(SegmentReader reader) : IQueryHandler<ListSegmentMembersQuery, Page<CustomerDto>>
{
    public async Task<Page<CustomerDto>> Handle(ListSegmentMembersQuery request, CancellationToken cancellationToken) =>
        await reader.MembersAsync(await reader.RuleOfAsync(request.SegmentId, cancellationToken), request, cancellationToken);
}
