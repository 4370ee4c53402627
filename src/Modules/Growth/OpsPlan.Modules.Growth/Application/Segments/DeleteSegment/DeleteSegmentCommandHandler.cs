using OpsPlan.Modules.Growth.Contracts.Segments;
using OpsPlan.Modules.Growth.Domain.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.DeleteSegment;

internal sealed class DeleteSegmentCommandHandler(ISegmentRepository segments) : ICommandHandler<DeleteSegmentCommand, SegmentDto>
{
    public async Task<SegmentDto> Handle(DeleteSegmentCommand request, CancellationToken cancellationToken)
    {
        var segment = await segments.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        await segments.DeleteAsync(segment, cancellationToken);
        return SegmentRow.ToDto(segment);
    }
}
