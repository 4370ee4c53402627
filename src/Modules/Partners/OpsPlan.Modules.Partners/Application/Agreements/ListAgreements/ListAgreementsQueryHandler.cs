using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements.ListAgreements;

/// <summary>A partner's agreements (404 for an unknown partner, or another partner's for a partner's own key).</summary>
internal sealed class ListAgreementsQueryHandler(IDbConnectionFactory connectionFactory, ICurrentUser user, IClock clock)
    : IQueryHandler<ListAgreementsQuery, Page<AgreementDto>>
{
    public async Task<Page<AgreementDto>> Handle(ListAgreementsQuery request, CancellationToken cancellationToken)
    {
        user.EnsureVisible(request.PartnerId);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(PartnerScope.PartnerExistsSql, new { request.PartnerId }, "Partner", request.PartnerId, cancellationToken);
        var today = clock.Today;
        var list = new KeysetListSql(AgreementRow.SelectFromSql, request)
            .WhereIfPresent(request.PartnerId, "partner_id = @PartnerId", "PartnerId")
            .WhereAnyOf(request.Type, "type", "Type");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (AgreementRow row) => (row.CreatedAt, row.UpdatedAt, row.Id), row => row.ToDto(today),
            cancellationToken);
    }
}
