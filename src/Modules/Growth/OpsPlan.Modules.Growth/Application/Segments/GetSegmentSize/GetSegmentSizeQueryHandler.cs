using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.GetSegmentSize;

internal sealed class GetSegmentSizeQueryHandler(SegmentReader reader) : IQueryHandler<GetSegmentSizeQuery, SegmentSizeDto>
{
    public async Task<SegmentSizeDto> Handle(GetSegmentSizeQuery request, CancellationToken cancellationToken)
    {
        var rule = await reader.RuleOfAsync(request.SegmentId, cancellationToken);
        return new SegmentSizeDto(await reader.SizeAsync(rule, cancellationToken), reader.Now);
    }
}
