using OpsPlan.Modules.Partners.Contracts.Agreements;
using OpsPlan.Modules.Partners.Domain.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements.UpdateAgreement;

/// <summary>Amends an agreement; measurements already stored keep the target they were judged against.</summary>
internal sealed class UpdateAgreementCommandHandler(IAgreementRepository agreements, IClock clock) : ICommandHandler<UpdateAgreementCommand, AgreementDto>
{
    public async Task<AgreementDto> Handle(UpdateAgreementCommand request, CancellationToken cancellationToken)
    {
        var agreement = await agreements.GetAsync(request.PartnerId, request.Id, request.ExpectedVersion, cancellationToken);
        agreement.Amend(AgreementRules.TermsOf(request.Fields), clock.UtcNow);
        await agreements.UpdateAsync(agreement, cancellationToken);
        return AgreementRow.ToDto(agreement, clock.Today);
    }
}
