using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.ListSegments;

internal sealed class ListSegmentsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListSegmentsQuery, Page<SegmentDto>>
{
    public async Task<Page<SegmentDto>> Handle(ListSegmentsQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(SegmentRow.SelectFromSql, request).WhereIfPresent(request.Name, "name = @Name", "Name");
        return await list.ReadAsync(connectionFactory, (SegmentRow row) => row.ToDto(), cancellationToken);
    }
}
