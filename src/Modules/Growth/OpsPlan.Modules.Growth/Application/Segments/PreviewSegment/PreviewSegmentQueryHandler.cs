using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.PreviewSegment;

/// <summary>An unsaved rule's size and its first 20 members.</summary>
internal sealed class PreviewSegmentQueryHandler(SegmentReader reader) : IQueryHandler<PreviewSegmentQuery, SegmentPreviewDto>
{
    private const int SampleSize = 20;

    public async Task<SegmentPreviewDto> Handle(PreviewSegmentQuery request, CancellationToken cancellationToken)
    {
        var size = await reader.SizeAsync(request.Rule, cancellationToken);
        var sample = await reader.MembersAsync(request.Rule, new SamplePage(), cancellationToken);
        return new SegmentPreviewDto(size, sample.Items, reader.Now);
    }

    private sealed record SamplePage : IListQuery
    {
        public int? Limit => SampleSize;

        public string? Cursor => null;

        public DateTime? UpdatedSince => null;

        public string? Sort => null;
    }
}
