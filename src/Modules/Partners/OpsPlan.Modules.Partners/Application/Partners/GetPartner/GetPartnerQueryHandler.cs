using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.GetPartner;

internal sealed class GetPartnerQueryHandler(IDbConnectionFactory connectionFactory, ICurrentUser user) : IQueryHandler<GetPartnerQuery, PartnerDto>
{
    private const string Sql = PartnerRow.SelectFromSql + " WHERE id = @Id";

    public async Task<PartnerDto> Handle(GetPartnerQuery request, CancellationToken cancellationToken)
    {
        user.EnsureVisible(request.Id);
        return (await connectionFactory.SingleOrNotFoundAsync<PartnerRow>(Sql, new { request.Id }, "Partner", request.Id, cancellationToken)).ToDto();
    }
}
