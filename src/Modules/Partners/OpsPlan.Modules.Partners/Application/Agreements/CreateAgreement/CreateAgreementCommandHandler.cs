using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Agreements;
using OpsPlan.Modules.Partners.Domain.Agreements;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Application.Agreements.CreateAgreement;

internal sealed class CreateAgreementCommandHandler(IPartnerRepository partners, IAgreementRepository agreements, IClock clock)
    : ICommandHandler<CreateAgreementCommand, AgreementDto>
{
    public async Task<AgreementDto> Handle(CreateAgreementCommand request, CancellationToken cancellationToken)
    {
        var partner = await partners.GetAsync(request.PartnerId, null, cancellationToken);
        if (partner.Status == PartnerStatus.Terminated)
        {
            throw new BusinessRuleException("partners.partner-terminated", "A terminated partner signs no new agreements.");
        }

        var agreement = Agreement.Sign(partner.Id, AgreementRules.TermsOf(request.Fields), clock.UtcNow);
        await agreements.AddAsync(agreement, cancellationToken);
        return AgreementRow.ToDto(agreement, clock.Today);
    }
}
