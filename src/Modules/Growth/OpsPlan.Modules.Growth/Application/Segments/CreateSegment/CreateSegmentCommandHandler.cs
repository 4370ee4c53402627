using OpsPlan.Modules.Growth.Contracts.Segments;
using OpsPlan.Modules.Growth.Domain.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.CreateSegment;

internal sealed class CreateSegmentCommandHandler(ISegmentRepository segments, IClock clock) : ICommandHandler<CreateSegmentCommand, SegmentDto>
{
    public async Task<SegmentDto> Handle(CreateSegmentCommand request, CancellationToken cancellationToken)
    {
        if (await segments.NameTakenAsync(request.Name, null, cancellationToken))
        {
            throw SegmentRules.NameTaken();
        }

        var segment = Segment.Create(request.Name, request.Description, request.Rule, clock.UtcNow);
        await segments.AddAsync(segment, cancellationToken);
        return SegmentRow.ToDto(segment);
    }
}
