using OpsPlan.Modules.Partners.Contracts.DueDiligence;
using OpsPlan.Modules.Partners.Domain.DueDiligence;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Application.DueDiligence.AddDueDiligenceItem;

internal sealed class AddDueDiligenceItemCommandHandler(IPartnerRepository partners, IDueDiligenceRepository dueDiligence, IClock clock)
    : ICommandHandler<AddDueDiligenceItemCommand, DueDiligenceItemDto>
{
    public async Task<DueDiligenceItemDto> Handle(AddDueDiligenceItemCommand request, CancellationToken cancellationToken)
    {
        await partners.GetAsync(request.PartnerId, null, cancellationToken);
        var checklist = await dueDiligence.ChecklistAsync(request.PartnerId, cancellationToken);
        // A partner written straight to the database (the load seeder does) may have no checklist: its first item is number 1.
        var position = checklist.Select(known => known.Position).DefaultIfEmpty(0).Max() + 1;
        var item = DueDiligenceItem.Custom(request.PartnerId, position, request.Fields.Title, request.Fields.Required ?? true, clock.UtcNow);
        await dueDiligence.AddAsync([item], cancellationToken);
        return DueDiligenceItemRow.ToDto(item);
    }
}
