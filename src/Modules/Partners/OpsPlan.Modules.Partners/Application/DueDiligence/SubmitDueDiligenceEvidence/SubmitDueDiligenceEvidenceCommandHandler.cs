using OpsPlan.Modules.Partners.Contracts.DueDiligence;
using OpsPlan.Modules.Partners.Domain.DueDiligence;

namespace OpsPlan.Modules.Partners.Application.DueDiligence.SubmitDueDiligenceEvidence;

internal sealed class SubmitDueDiligenceEvidenceCommandHandler(IDueDiligenceRepository dueDiligence, IClock clock)
    : ICommandHandler<SubmitDueDiligenceEvidenceCommand, DueDiligenceItemDto>
{
    public async Task<DueDiligenceItemDto> Handle(SubmitDueDiligenceEvidenceCommand request, CancellationToken cancellationToken)
    {
        var item = await dueDiligence.GetAsync(request.PartnerId, request.Id, request.ExpectedVersion, cancellationToken);
        item.Submit(request.Evidence, clock.UtcNow);
        await dueDiligence.UpdateAsync(item, cancellationToken);
        return DueDiligenceItemRow.ToDto(item);
    }
}
