using OpsPlan.Modules.Partners.Contracts.Partners;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.UpdatePartner;

internal sealed class UpdatePartnerCommandHandler(IPartnerRepository partners, IClock clock) : ICommandHandler<UpdatePartnerCommand, PartnerDto>
{
    public async Task<PartnerDto> Handle(UpdatePartnerCommand request, CancellationToken cancellationToken)
    {
        var partner = await partners.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (await partners.NameTakenAsync(request.Fields.Name, partner.Id, cancellationToken))
        {
            throw PartnerRules.NameTaken();
        }

        partner.Describe(PartnerRules.ProfileOf(request.Fields), clock.UtcNow);
        await partners.UpdateAsync(partner, cancellationToken);
        return PartnerRow.ToDto(partner);
    }
}
