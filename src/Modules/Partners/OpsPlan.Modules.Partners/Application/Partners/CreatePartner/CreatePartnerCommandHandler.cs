using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts.Partners;
using OpsPlan.Modules.Partners.Domain.DueDiligence;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.CreatePartner;

internal sealed class CreatePartnerCommandHandler(IPartnerRepository partners, IDueDiligenceRepository dueDiligence, ICurrentUser user, IClock clock)
    : ICommandHandler<CreatePartnerCommand, PartnerDto>
{
    public async Task<PartnerDto> Handle(CreatePartnerCommand request, CancellationToken cancellationToken)
    {
        if (await partners.NameTakenAsync(request.Fields.Name, null, cancellationToken))
        {
            throw PartnerRules.NameTaken();
        }

        var now = clock.UtcNow;
        var (partner, first) = Partner.Register(PartnerRules.ProfileOf(request.Fields), user.Id, now);
        await partners.AddAsync(partner, first, cancellationToken);
        await dueDiligence.AddAsync(DueDiligenceItem.StandardFor(partner.Id, now), cancellationToken);
        return PartnerRow.ToDto(partner);
    }
}
