using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements.GetAgreement;

internal sealed class GetAgreementQueryHandler(IDbConnectionFactory connectionFactory, ICurrentUser user, IClock clock) : IQueryHandler<GetAgreementQuery, AgreementDto>
{
    public async Task<AgreementDto> Handle(GetAgreementQuery request, CancellationToken cancellationToken)
    {
        user.EnsureVisible(request.PartnerId);
        return (await connectionFactory.SingleOrNotFoundAsync<AgreementRow>(AgreementRules.OneSql, new { request.Id, request.PartnerId }, "Agreement", request.Id,
            cancellationToken)).ToDto(clock.Today);
    }
}
