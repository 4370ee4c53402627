using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.ListPartners;

/// <summary>Partners by type, status, tier or country; a partner's own key lists only itself.</summary>
internal sealed class ListPartnersQueryHandler(IDbConnectionFactory connectionFactory, ICurrentUser user) : IQueryHandler<ListPartnersQuery, Page<PartnerDto>>
{
    public async Task<Page<PartnerDto>> Handle(ListPartnersQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(PartnerRow.SelectFromSql, request, sortable: PartnerSorting.Keys)
            .WhereIfPresent(user.PartnerId, "id = @ScopedPartnerId", "ScopedPartnerId")
            .WhereAnyOf(request.Type, "type", "Type")
            .WhereAnyOf(request.Status, "status", "Status")
            .WhereAnyOf(request.Tier, "tier", "Tier")
            .WhereIfPresent(request.Country, "country = @Country", "Country");
        return await list.ReadAsync(connectionFactory, (PartnerRow row) => row.ToDto(), cancellationToken);
    }
}
