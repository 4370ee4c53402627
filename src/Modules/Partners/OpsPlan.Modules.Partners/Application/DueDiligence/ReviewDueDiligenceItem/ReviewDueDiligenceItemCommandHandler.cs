using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts.DueDiligence;
using OpsPlan.Modules.Partners.Domain.DueDiligence;

namespace OpsPlan.Modules.Partners.Application.DueDiligence.ReviewDueDiligenceItem;

internal sealed class ReviewDueDiligenceItemCommandHandler(IDueDiligenceRepository dueDiligence, ICurrentUser user, IClock clock)
    : ICommandHandler<ReviewDueDiligenceItemCommand, DueDiligenceItemDto>
{
    public async Task<DueDiligenceItemDto> Handle(ReviewDueDiligenceItemCommand request, CancellationToken cancellationToken)
    {
        var item = await dueDiligence.GetAsync(request.PartnerId, request.Id, request.ExpectedVersion, cancellationToken);
        item.Decide(request.Decision!.Value, request.Note, user.Id, clock.UtcNow);
        await dueDiligence.UpdateAsync(item, cancellationToken);
        return DueDiligenceItemRow.ToDto(item);
    }
}
