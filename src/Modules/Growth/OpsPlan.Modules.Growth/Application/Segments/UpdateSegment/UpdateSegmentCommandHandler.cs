using OpsPlan.Modules.Growth.Contracts.Segments;
using OpsPlan.Modules.Growth.Domain.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.UpdateSegment;

internal sealed class UpdateSegmentCommandHandler(ISegmentRepository segments, IClock clock) : ICommandHandler<UpdateSegmentCommand, SegmentDto>
{
    public async Task<SegmentDto> Handle(UpdateSegmentCommand request, CancellationToken cancellationToken)
    {
        var segment = await segments.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (await segments.NameTakenAsync(request.Name, segment.Id, cancellationToken))
        {
            throw SegmentRules.NameTaken();
        }

        segment.Update(request.Name, request.Description, request.Rule, clock.UtcNow);
        await segments.UpdateAsync(segment, cancellationToken);
        return SegmentRow.ToDto(segment);
    }
}
