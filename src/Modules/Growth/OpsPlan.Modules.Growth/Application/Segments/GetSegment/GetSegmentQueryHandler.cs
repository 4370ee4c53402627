using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.GetSegment;

internal sealed class GetSegmentQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetSegmentQuery, SegmentDto>
{
    private const string Sql = SegmentRow.SelectFromSql + " WHERE id = @Id";

    public async Task<SegmentDto> Handle(GetSegmentQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<SegmentRow>(Sql, new { request.Id }, "Segment", request.Id, cancellationToken)).ToDto();
}
