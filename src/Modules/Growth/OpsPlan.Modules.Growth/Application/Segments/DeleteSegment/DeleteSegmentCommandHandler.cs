using OpsPlan.Modules.Growth.Contracts.Segments;
using OpsPlan.Modules.Growth.Domain.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.DeleteSegment;

internal sealed class DeleteSegmentCommandHandler(ISegmentRepository segments) : ICommandHandler<DeleteSegmentCommand, SegmentDto>
{
    public async Task<SegmentDto> Handle(DeleteSegmentCommand request, CancellationToken cancellationToken)
    {
        var segment = await segments.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (await segments.UsedByCampaignsAsync(segment.Id, cancellationToken))
        {
            throw new BusinessRuleException(SegmentRules.InUse, "Campaigns target this segment.", ["Point those campaigns at another segment, or keep this one."]);
        }

        await segments.DeleteAsync(segment, cancellationToken);
        return SegmentRow.ToDto(segment);
    }
}
